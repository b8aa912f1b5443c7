package org.liaison.search.internal;

import java.io.PrintStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the {@code reindex} command: rebuilds every index, prints progress lines, exits with 0. */
@Component
@Order(100)
class ReindexRunner implements ApplicationRunner {

	private final ReindexCommand command;

	private final SearchIndexes indexes;

	private final ConfigurableApplicationContext context;

	ReindexRunner(ReindexCommand command, SearchIndexes indexes, ConfigurableApplicationContext context) {
		this.command = command;
		this.indexes = indexes;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!command.requested()) {
			return;
		}
		PrintStream out = System.out;
		out.println("Rebuilding the search index from the database…");
		long documents = indexes.rebuild(out::println);
		indexes.counts().forEach(c -> out.printf("  %-12s %,d%n", c.type(), c.indexed()));
		out.printf("Search index rebuilt: %,d documents%n", documents);
		out.flush();
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
