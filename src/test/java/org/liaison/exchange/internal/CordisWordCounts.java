package org.liaison.exchange.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Counts the words of real CORDIS project records and writes {@code reference/cordis/words.txt},
 * which {@link CordisGenerator} draws its text from. Run it on the 400 real records:
 * <pre>
 * ./mvnw -q -B test-compile
 * java -cp target/test-classes org.liaison.exchange.internal.CordisWordCounts \
 *     ../shared/data/cordis/projects-xml src/main/resources/reference/cordis/words.txt
 * </pre>
 * The records are a folder or a zip of project XML files; only the project's own title, teaser,
 * objective and keywords count, not the titles of its calls, programmes or results.
 */
final class CordisWordCounts {

	private static final Set<String> FIELDS = Set.of("title", "teaser", "objective", "keywords");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final String HEADER = """
			# Word counts of CORDIS's Horizon Europe project records: every distinct word of the title, teaser,
			# objective and keywords of the 400 real records in ../shared/data/cordis/projects-xml (the records
			# zipped in src/test/resources/cordis/cordis-HORIZONprojects-xml-sample.zip), lower-cased, letters
			# only (runs of \\p{L}), two letters or more; most frequent first. In 397 of the records the teaser
			# is the start of the objective, so those words count twice, as they do in what CORDIS publishes.
			# What the synthetic generator draws its text from, by these counts.
			# Source: CORDIS "HORIZON projects XML" dataset, European Commission, via
			# https://data.europa.eu/data/datasets/cordis-eu-research-projects-under-horizon-europe-2021-2027
			# (c) European Union; reuse authorised under Commission Decision 2011/833/EU
			# (http://data.europa.eu/eli/dec/2011/833/oj), with acknowledgement of the source.
			# Made by CordisWordCounts (src/test/java/org/liaison/exchange/internal), as its javadoc says;
			# CordisGeneratorTests checks that this file is what it makes of the records.
			""";

	private CordisWordCounts() {
	}

	/** {@code CordisWordCounts RECORDS OUT}: counts the records (folder or zip) and writes OUT. */
	public static void main(String[] args) throws Exception {
		Map<String, Long> counts = count(Path.of(args[0]));
		Files.writeString(Path.of(args[1]), render(counts), StandardCharsets.UTF_8);
		System.out.printf(Locale.ROOT, "%d distinct words, %d in all%n", counts.size(),
				counts.values().stream().mapToLong(Long::longValue).sum());
	}

	/** The words of every record in {@code records}, a folder or a zip of project XML files. */
	static Map<String, Long> count(Path records) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		if (Files.isDirectory(records)) {
			try (Stream<Path> files = Files.list(records)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
					try (InputStream in = Files.newInputStream(file)) {
						countRecord(in, counts);
					}
				}
			}
		}
		else {
			try (ZipFile zip = new ZipFile(records.toFile())) {
				for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".xml")).toList()) {
					try (InputStream in = zip.getInputStream(entry)) {
						countRecord(in, counts);
					}
				}
			}
		}
		return counts;
	}

	/** The resource's text: the header, then {@code word<TAB>count} lines, most frequent first (ties by word). */
	static String render(Map<String, Long> counts) {
		List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
		rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
			.thenComparing(Map.Entry.comparingByKey()));
		StringBuilder out = new StringBuilder(HEADER);
		out.append(String.format(Locale.ROOT, "# %d distinct words, %d in all.\n",
				counts.size(), counts.values().stream().mapToLong(Long::longValue).sum()));
		for (Map.Entry<String, Long> row : rows) {
			out.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
		}
		return out.toString();
	}

	private static void countRecord(InputStream in, Map<String, Long> counts) throws Exception {
		Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
		for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element field && FIELDS.contains(field.getTagName())) {
				Matcher words = WORD.matcher(field.getTextContent().toLowerCase(Locale.ROOT));
				while (words.find()) {
					if (words.end() - words.start() >= 2) {
						counts.merge(words.group(), 1L, Long::sum);
					}
				}
			}
		}
	}

}
