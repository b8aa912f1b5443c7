package org.liaison.demo;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set on the first start of an empty database, once, even when several nodes
 * start together. Runs after the country list is loaded ({@code @Order(0)}), which regions and
 * partners need.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	/** The data set's name in the {@code data_set_load} table. */
	static final String MARKER = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoSettings settings;

	private final DemoDataSet dataSet;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoDataLoader(DemoSettings settings, DemoDataSet dataSet, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.settings = settings;
		this.dataSet = dataSet;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments args) {
		loadOnFirstStart().ifPresent(loaded -> log.info("Demo data set loaded from {}: {}", loaded.source(),
				loaded.describe()));
	}

	/** Loads the data set unless it is turned off, was loaded before, or the database holds data already. */
	Optional<DemoDataSet.Loaded> loadOnFirstStart() {
		if (!settings.enabled()) {
			log.debug("Demo data set turned off (liaison.demo.enabled=false)");
			return Optional.empty();
		}
		return Optional.ofNullable(transactions.execute(status -> {
			// The marker goes in first and the load joins its transaction: a node starting at the same
			// time blocks on the marker's row until this one commits, then finds it and loads nothing;
			// if this load fails, the marker is rolled back with it and the next start tries again.
			int inserted = jdbc.update("insert into data_set_load (name) values (?) on conflict (name) do nothing",
					MARKER);
			if (inserted == 0) {
				return null;
			}
			if (!dataSet.fitsIntoDatabase()) {
				status.setRollbackOnly();
				log.info("Demo data set not loaded: the database holds partners, projects or other data already");
				return null;
			}
			return dataSet.load();
		}));
	}

}
