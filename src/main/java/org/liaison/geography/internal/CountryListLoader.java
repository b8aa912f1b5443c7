package org.liaison.geography.internal;

import org.liaison.geography.GeographyService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Keeps the country table in step with the shipped ISO 3166-1 list at every start. */
@Component
@Order(0)
class CountryListLoader implements ApplicationRunner {

	private final GeographyService geography;

	CountryListLoader(GeographyService geography) {
		this.geography = geography;
	}

	@Override
	public void run(ApplicationArguments args) {
		geography.loadCountries();
	}

}
