package org.liaison.geography.internal;

import java.util.List;
import java.util.Optional;

import org.liaison.geography.Region;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findByCodeIn(java.util.Collection<String> codes);

	@Query("select distinct r from Region r left join fetch r.countries where r.code = :code")
	Optional<Region> findWithCountriesByCode(String code);

	List<Region> findAllByOrderByPositionAsc();

	/** The back office's list: a text in the code or any language of the name, optional. */
	@Query("select r from Region r where :text is null or lower(r.code) like :text or lower(cast(r.name as String)) like :text")
	org.springframework.data.domain.Page<Region> search(String text, org.springframework.data.domain.Pageable pageable);

	@Query("select r.id, count(c) from Region r join r.countries c where r.id in :ids group by r.id")
	List<Object[]> memberCounts(java.util.Collection<Long> ids);

	@Query("select r from Region r join r.countries c where c.code = :countryCode order by r.position")
	List<Region> findByCountry(String countryCode);

}
