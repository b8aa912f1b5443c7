package org.liaison.project.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.project.Organisation;

import org.springframework.data.domain.Limit;
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

	/** Organisations by id, from the one after {@code id}; for keyset paging. */
	java.util.List<Organisation> findByIdGreaterThanOrderById(Long id, org.springframework.data.domain.Limit limit);

}
