package org.liaison.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data set that ships with Liaison: the European Commission's "Regional and bilateral
 * relations" page, modelled (policy goals, regions, partners, projects, a dialogue, Hungarian-only
 * news, pages and their links), kept as YAML in {@value #RESOURCE}.
 * <p>
 * Loading reads and checks the whole file first, then stores it through the modules' public
 * services in one transaction, so that bad data or a clash leaves nothing half-written.
 */
@Component
public class DemoDataSet {

	/** Where the data set is on the class path. */
	public static final String RESOURCE = "demo/regional-and-bilateral-relations.yaml";

	private final DemoDataWriter writer;

	private final TransactionTemplate transactions;

	DemoDataSet(DemoDataWriter writer, PlatformTransactionManager transactionManager) {
		this.writer = writer;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Loads the shipped data set.
	 * @throws IllegalArgumentException naming the file, the path and the value, when the data is
	 * bad or clashes with what the database holds; nothing is stored then
	 */
	public Loaded load() {
		return load(RESOURCE, shippedYaml());
	}

	/**
	 * Loads a data set given as YAML text, in the caller's transaction if there is one (so that a
	 * caller can record the load in the same transaction), else in a transaction of its own.
	 * @param source names the data set in messages, usually its file
	 * @param yaml the data set
	 * @throws IllegalArgumentException naming the file, the path and the value, when the data is
	 * bad or clashes with what the database holds; nothing is stored then
	 */
	public Loaded load(String source, String yaml) {
		DemoData data = DemoDataReader.read(source, yaml);
		return transactions.execute(status -> new Loaded(source, writer.write(data)));
	}

	/**
	 * Whether the database holds none of what the shipped data set fills (regions, partners,
	 * programmes, projects, dialogues, news, documents, its vocabularies), so that demo data is
	 * never mixed into real data.
	 */
	public boolean fitsIntoDatabase() {
		return transactions.execute(status -> writer.catalogueIsEmpty(DemoDataReader.read(RESOURCE, shippedYaml())));
	}

	private static String shippedYaml() {
		try {
			return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo data set " + RESOURCE, ex);
		}
	}

	/**
	 * What a load stored.
	 * @param source the data set's name
	 * @param counts how many items of each kind, by the data set file's name for it ("projects" → 12),
	 * in the order they were stored
	 */
	public record Loaded(String source, Map<String, Integer> counts) {

		/** "3 vocabularies, 25 terms, 5 regions, 1 programme, …". */
		public String describe() {
			return counts.entrySet().stream().map(e -> e.getValue() + " " + noun(e.getKey(), e.getValue()))
				.collect(Collectors.joining(", "));
		}

		/** The data set file's name for a kind of item, as a noun for this count. */
		private static String noun(String section, int count) {
			return switch (section) {
				case "dialogues" -> "dialogue series";
				case "news" -> (count == 1) ? "news item" : "news items";
				case "vocabularies" -> (count == 1) ? "vocabulary" : section;
				default -> (count == 1) ? section.substring(0, section.length() - 1) : section;
			};
		}

	}

}
