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

	@Query("select r from Region r join r.countries c where c.code = :countryCode order by r.position")
	List<Region> findByCountry(String countryCode);

}
