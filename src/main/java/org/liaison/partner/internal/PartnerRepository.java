package org.liaison.partner.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.partner.Partner;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, Long> {

	@Query("select p from Partner p left join fetch p.country where p.slug = :slug")
	Optional<Partner> findBySlug(String slug);

	@Query("select p from Partner p left join fetch p.country where p.country.code = :code")
	Optional<Partner> findByCountryCode(String code);

	@Query("select p from Partner p left join fetch p.country")
	List<Partner> findAllWithCountry();

	@Query("select p from Partner p left join fetch p.country where p.strategic = true")
	List<Partner> findStrategic();

	@Query("select p from Partner p left join fetch p.country where p.slug in :slugs")
	List<Partner> findBySlugIn(Collection<String> slugs);

	/** Partners in a region: country partners whose country is in it, and organisations placed in it. */
	@Query("""
			select distinct p from Partner p left join fetch p.country c
			where c.code in (select rc.code from Region r join r.countries rc where r.code = :region)
			   or p.id in (select p2.id from Partner p2 join p2.regions r2 where r2.code = :region)
			""")
	List<Partner> findInRegion(String region);

}
