package org.liaison.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which search backend holds the index ({@code liaison.search.*}, or {@code LIAISON_SEARCH_*}).
 *
 * @param backend {@code lucene} (default: an index under the data directory) or {@code elasticsearch}
 * (an Elasticsearch 7.10+/8 or OpenSearch 1/2 cluster)
 * @param hosts with {@code elasticsearch}: the nodes, {@code host:port}, comma-separated
 * @param protocol with {@code elasticsearch}: {@code http} or {@code https}
 * @param username with {@code elasticsearch}: user, if the cluster asks for one
 * @param password with {@code elasticsearch}: its password
 */
@ConfigurationProperties("liaison.search")
record SearchSettings(@DefaultValue("lucene") String backend, @DefaultValue("localhost:9200") String hosts,
		@DefaultValue("http") String protocol, String username, String password) {

	SearchSettings {
		if (!"lucene".equals(backend) && !"elasticsearch".equals(backend)) {
			throw new IllegalArgumentException(
					"liaison.search.backend (LIAISON_SEARCH_BACKEND): 'lucene' or 'elasticsearch', not '" + backend + "'");
		}
	}

	boolean elasticsearch() {
		return "elasticsearch".equals(backend);
	}

}
