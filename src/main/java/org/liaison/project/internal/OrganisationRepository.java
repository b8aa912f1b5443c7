package org.liaison.project.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.project.Organisation;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

	/** Keyset paging in id order, optionally of one country's organisations, with the country fetched. */
	@Query("""
			select o from Organisation o left join fetch o.country c
			where o.id > :afterId and (:countryCode is null or c.code = :countryCode)
			order by o.id
			""")
	List<Organisation> findAfter(String countryCode, long afterId, Limit limit);

	/** The back office's list: a text in the name or short name, a country; both optional. */
	@Query(value = """
			select o from Organisation o left join fetch o.country
			where (:country is null or o.country.code = :country)
			  and (:text is null or lower(o.name) like :text or lower(o.shortName) like :text)
			""", countQuery = """
			select count(o) from Organisation o
			where (:country is null or o.country.code = :country)
			  and (:text is null or lower(o.name) like :text or lower(o.shortName) like :text)
			""")
	Page<Organisation> search(String text, String country, Pageable pageable);

	@Query("select o from Organisation o left join fetch o.country where o.id in :ids")
	List<Organisation> findWithCountryByIdIn(Collection<Long> ids);

	@Query("select count(pa) from Participation pa where pa.organisation.id = :id")
	long countParticipations(long id);

	@Query("select distinct pa.project.acronym from Participation pa where pa.organisation.id = :id order by pa.project.acronym")
	List<String> findProjectAcronyms(long id, Pageable pageable);

}
