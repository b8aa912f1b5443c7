package org.liaison.partner.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.liaison.partner.Partner;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Partners. The {@code Published} queries read what the public may see (a published profile); the
 * others read every partner, for the back office.
 */
public interface PartnerRepository extends JpaRepository<Partner, Long> {

	@Query("select p from Partner p left join fetch p.country where p.slug = :slug")
	Optional<Partner> findBySlug(String slug);

	@Query("select p from Partner p left join fetch p.country where p.slug = :slug and p.publication.status = PUBLISHED")
	Optional<Partner> findPublishedBySlug(String slug);

	@Query("select p from Partner p left join fetch p.country where p.country.code = :code")
	Optional<Partner> findByCountryCode(String code);

	@Query("""
			select p from Partner p left join fetch p.country
			where p.country.code = :code and p.publication.status = PUBLISHED""")
	Optional<Partner> findPublishedByCountryCode(String code);

	@Query("select p from Partner p left join fetch p.country")
	List<Partner> findAllWithCountry();

	@Query("select p from Partner p left join fetch p.country where p.publication.status = PUBLISHED")
	List<Partner> findAllPublished();

	@Query("select p from Partner p left join fetch p.country where p.strategic = true and p.publication.status = PUBLISHED")
	List<Partner> findPublishedStrategic();

	@Query("select p from Partner p left join fetch p.country where p.slug in :slugs and p.publication.status = PUBLISHED")
	List<Partner> findPublishedBySlugIn(Collection<String> slugs);

	/** Published partners in a region: country partners whose country is in it, and organisations placed in it. */
	@Query("""
			select distinct p from Partner p left join fetch p.country c
			where p.publication.status = PUBLISHED
			  and (c.code in (select rc.code from Region r join r.countries rc where r.code = :region)
			       or p.id in (select p2.id from Partner p2 join p2.regions r2 where r2.code = :region))
			""")
	List<Partner> findPublishedInRegion(String region);

}
