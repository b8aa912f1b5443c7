package org.liaison.geography.internal;

import java.util.Collection;
import java.util.List;

import org.liaison.geography.Country;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryRepository extends JpaRepository<Country, String> {

	List<Country> findByCodeIn(Collection<String> codes);

}
