package org.liaison.search.internal;

import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.util.Version;

import org.liaison.database.DatabaseSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings: the Lucene index under {@code <data directory>/index} (or an
 * Elasticsearch/OpenSearch cluster, {@link SearchSettings}), the analyzers, and changes indexed as
 * part of each commit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

	@Bean
	IndexLocation indexLocation(DatabaseSettings database) {
		return new IndexLocation(database.dataDirectory().toAbsolutePath().resolve("index"));
	}

	@Bean
	HibernatePropertiesCustomizer searchProperties(IndexLocation location, SearchSettings settings) {
		if (settings.elasticsearch()) {
			return properties -> elasticsearch(properties, settings);
		}
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

	/**
	 * The Elasticsearch/OpenSearch backend: the same mapping, queries and analyzer names; a commit
	 * returns once its changes are indexed and refreshed, as with Lucene.
	 */
	private static void elasticsearch(Map<String, Object> properties, SearchSettings settings) {
		properties.put("hibernate.search.backend.type", "elasticsearch");
		properties.put("hibernate.search.backend.hosts", settings.hosts());
		properties.put("hibernate.search.backend.protocol", settings.protocol());
		if (settings.username() != null && !settings.username().isBlank()) {
			properties.put("hibernate.search.backend.username", settings.username());
			properties.put("hibernate.search.backend.password", settings.password());
		}
		properties.put("hibernate.search.backend.analysis.configurer", "class:" + ElasticsearchAnalysis.class.getName());
		properties.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
		properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
	}

	/** Where the index lives, and whether it was there before this start. */
	record IndexLocation(Path root, boolean existedAtStart) {

		IndexLocation(Path root) {
			this(root, java.nio.file.Files.isDirectory(root));
		}

	}

}
