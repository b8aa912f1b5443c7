package org.liaison.search.internal;

import java.nio.file.Path;

import org.apache.lucene.util.Version;

import org.liaison.database.DatabaseSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings: the Lucene index under {@code <data directory>/index}, the
 * analyzers, and changes indexed as part of each commit.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	IndexLocation indexLocation(DatabaseSettings database) {
		return new IndexLocation(database.dataDirectory().toAbsolutePath().resolve("index"));
	}

	@Bean
	HibernatePropertiesCustomizer searchProperties(IndexLocation location) {
		return properties -> {
			properties.put("hibernate.search.backend.type", "lucene");
			properties.put("hibernate.search.backend.directory.root", location.root().toString());
			properties.put("hibernate.search.backend.lucene_version", Version.LATEST.toString());
			properties.put("hibernate.search.backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName());
			// A commit returns once its changes are written to the index; every search then opens
			// a fresh reader if the index changed, so a change is searchable as soon as its commit is done.
			properties.put("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
			properties.put("hibernate.search.backend.io.refresh_interval", "0");
			// Rebuilding a missing or stale index is IndexCheck's job, with a reason in the log.
			properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
			// Larger in-memory segments before a flush: mass indexing writes fewer, bigger segments.
			properties.put("hibernate.search.backend.io.writer.ram_buffer_size", "64");
		};
	}

	/** Where the index lives, and whether it was there before this start. */
	record IndexLocation(Path root, boolean existedAtStart) {

		IndexLocation(Path root) {
			this(root, java.nio.file.Files.isDirectory(root));
		}

	}

}
