package org.liaison.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes synthetic CORDIS data of any size, deterministic by seed: the project XML zip (one
 * {@code <project>} per entry, as in {@code cordis-HORIZONprojects-xml.zip}) and the CSV pair
 * ({@code project.csv}, {@code organization.csv}). Shaped like the real records: words, countries,
 * roles, participants per project, EU contributions and classifications are drawn from what the
 * 400 real records hold ({@code reference/cordis/shape.txt}), every word by how often it occurs in
 * them ({@code reference/cordis/words.txt}): a few words are very common, most are rare, as in real
 * text. Streams: memory does not grow with N.
 */
public final class CordisGenerator {

	/** Grant ids of synthetic projects start here, far from the real ones (101…). */
	static final long FIRST_GRANT_ID = 900_000_000L;

	private static final String[] PROJECT_HEADER = { "rcn", "id", "acronym", "status", "programme", "topics",
			"frameworkProgramme", "title", "startDate", "endDate", "projectUrl", "objective", "totalCost",
			"ecMaxContribution", "call", "fundingScheme", "coordinator", "coordinatorCountry", "participants",
			"participantCountries", "subjects", "teaser", "keywords" };

	private static final String[] ORGANISATION_HEADER = { "projectID", "projectAcronym", "organisationID", "vatNumber",
			"name", "shortName", "SME", "activityType", "street", "postCode", "city", "country", "nutsCode",
			"geolocation", "organizationURL", "contactForm", "contentUpdateDate", "rcn", "order", "role",
			"ecContribution", "netEcContribution", "totalCost", "endOfParticipation" };

	private static final String[] ACTIVITY_TYPES = { "HES", "PRC", "REC", "PUB", "OTH" };

	private static final String[] ORGANISATION_SUFFIXES = { "UNIVERSITY", "INSTITUTE", "GMBH", "SA", "FOUNDATION",
			"RESEARCH CENTRE", "AGENCY", "LTD", "BV", "ASSOCIATION" };

	private final long seed;

	private final Shape shape;

	private final long organisationPool;

	public CordisGenerator(long seed, long projects) {
		this.seed = seed;
		this.shape = Shape.load();
		this.organisationPool = Math.max(50, projects * 2 / 5);
	}

	/** {@code generate cordis --projects N [--seed S] OUT}: writes OUT/cordis-projects-xml.zip and OUT/csv/. */
	static int runCommand(String[] args, PrintStream out, PrintStream err) {
		long projects = -1;
		long seed = 1;
		Path target = null;
		for (int i = 2; i < args.length; i++) {
			if (args[i].equals("--projects") && i + 1 < args.length) {
				projects = Long.parseLong(args[++i]);
			}
			else if (args[i].equals("--seed") && i + 1 < args.length) {
				seed = Long.parseLong(args[++i]);
			}
			else {
				target = Path.of(args[i]);
			}
		}
		if (args.length < 2 || !args[1].equals("cordis") || projects < 0 || target == null) {
			err.println("Usage: java -jar liaison.jar generate cordis --projects N [--seed S] FOLDER");
			return ImportCommand.FAILED;
		}
		try {
			CordisGenerator generator = new CordisGenerator(seed, projects);
			long start = System.nanoTime();
			Files.createDirectories(target.resolve("csv"));
			generator.writeZip(target.resolve("cordis-projects-xml.zip"), projects);
			generator.writeCsv(target.resolve("csv"), projects);
			out.printf(Locale.ROOT, "Generated %d CORDIS projects (seed %d) in %s in %.1f s%n", projects, seed, target,
					(System.nanoTime() - start) / 1e9);
			return ImportCommand.OK;
		}
		catch (IOException | RuntimeException ex) {
			err.println("Could not generate: " + ex.getMessage());
			return ImportCommand.FAILED;
		}
	}

	/** The zip of project XML files, one per project. */
	public void writeZip(Path zip, long projects) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
			out.setLevel(1);
			Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
			for (long i = 0; i < projects; i++) {
				Project project = project(i);
				out.putNextEntry(new ZipEntry("xml/project-rcn-" + project.rcn + "_en.xml"));
				writer.write(xml(project));
				writer.flush();
				out.closeEntry();
			}
		}
	}

	/** {@code project.csv} and {@code organization.csv} in {@code folder}. */
	public void writeCsv(Path folder, long projects) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuoteMode(QuoteMode.ALL)
			.setRecordSeparator("\n").get();
		try (Writer projectFile = Files.newBufferedWriter(folder.resolve("project.csv"), StandardCharsets.UTF_8);
				Writer organisationFile = Files.newBufferedWriter(folder.resolve("organization.csv"), StandardCharsets.UTF_8);
				CSVPrinter projectCsv = new CSVPrinter(projectFile, format.builder().setHeader(PROJECT_HEADER).get());
				CSVPrinter organisationCsv = new CSVPrinter(organisationFile,
						format.builder().setHeader(ORGANISATION_HEADER).get())) {
			for (long i = 0; i < projects; i++) {
				Project p = project(i);
				Organisation coordinator = p.participants.get(0).organisation;
				List<String> names = new ArrayList<>();
				List<String> countries = new ArrayList<>();
				for (Participant participant : p.participants.subList(1, p.participants.size())) {
					names.add(participant.organisation.name);
					countries.add(participant.organisation.country);
				}
				projectCsv.printRecord(p.rcn, p.id, p.acronym, p.status, p.legalBasis[0], p.topic[0], "HORIZON", p.title,
						p.start, p.end, "", p.objective, p.totalCost, p.euContribution, p.call, p.fundingScheme[0],
						coordinator.name, coordinator.country, String.join(";", names), String.join(";", countries), "",
						p.teaser, p.keywords);
				int order = 1;
				for (Participant participant : p.participants) {
					Organisation o = participant.organisation;
					organisationCsv.printRecord(p.id, p.acronym, o.id, "", o.name, o.shortName, "false", o.activityType,
							"", "", o.city, o.country, "", "", o.url, "", "", "", order++, participant.role,
							participant.contribution, participant.contribution, participant.contribution, "");
				}
			}
		}
	}

	/** Project number {@code index}: the same for the same seed, whatever else is generated. */
	Project project(long index) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
		Project p = new Project();
		p.id = Long.toString(FIRST_GRANT_ID + index);
		p.rcn = 5_000_000 + index;
		String word = shape.nameWord(random).toUpperCase(Locale.ROOT);
		p.acronym = word.substring(0, Math.min(8, word.length())) + "-" + Long.toString(index, 36).toUpperCase(Locale.ROOT);
		p.title = capitalise(words(random, 6 + random.nextInt(9)));
		StringBuilder objective = new StringBuilder();
		int paragraphs = 1 + random.nextInt(3);
		for (int i = 0; i < paragraphs; i++) {
			if (i > 0) {
				objective.append('\n');
			}
			for (int s = 0, sentences = 3 + random.nextInt(5); s < sentences; s++) {
				objective.append(capitalise(words(random, 8 + random.nextInt(15)))).append(". ");
			}
		}
		p.objective = objective.toString().strip();
		p.teaser = (p.objective.length() > 250) ? p.objective.substring(0, 250).strip() + "..." : p.objective;
		p.keywords = String.join(", ", List.of(words(random, 4 + random.nextInt(4)).split(" ")));
		int statusDraw = random.nextInt(100);
		p.status = (statusDraw < 80) ? "SIGNED" : (statusDraw < 90) ? "CLOSED" : "TERMINATED";
		// as in the real records: most start on the first of a month and run whole months (24, 36, 48 or 60)
		p.start = LocalDate.of(2021, 1, 1).plusMonths(random.nextInt(5 * 12))
			.withDayOfMonth(Integer.parseInt(shape.pick("startDay", random)[0]));
		p.end = p.start.plusMonths(Integer.parseInt(shape.pick("durationMonths", random)[0])).minusDays(1);
		p.euContribution = new BigDecimal(shape.euContributions.get(random.nextInt(shape.euContributions.size())));
		p.totalCost = (random.nextInt(100) < 30) ? BigDecimal.ZERO
				: p.euContribution.multiply(BigDecimal.valueOf(1 + random.nextInt(30) / 100.0)).setScale(2, RoundingMode.HALF_UP);
		p.legalBasis = shape.pick("legalBasis", random);
		p.topic = shape.pick("topics", random);
		p.fundingScheme = shape.pick("fundingSchemes", random);
		p.call = p.topic[0].replaceAll("-[0-9]+$", "");
		for (int i = 0, n = random.nextInt(4); i < n; i++) {
			p.euroSciVoc.add(shape.pick("euroSciVoc", random));
		}
		for (String[] priority : shape.sections.get("policyPriorities")) {
			int draw = random.nextInt(10);
			p.priorities.add(new String[] { priority[0], priority[1], (draw < 6) ? "0" : (draw < 9) ? "40" : "100" });
		}
		int organisations = Integer.parseInt(
				shape.organisationsPerProject.get(random.nextInt(shape.organisationsPerProject.size())));
		// a small run's pool (50) holds fewer organisations than the largest real consortia (199)
		organisations = (int) Math.min(Math.max(1, organisations), organisationPool);
		List<Long> used = new ArrayList<>();
		BigDecimal perFunded = p.euContribution.divide(BigDecimal.valueOf(organisations), 2, RoundingMode.DOWN);
		for (int i = 0; i < organisations; i++) {
			long k;
			do {
				k = random.nextLong(organisationPool);
			}
			while (used.contains(k));
			used.add(k);
			String role = (i == 0) ? "coordinator" : shape.pick("roles", random)[0];
			if (role.equals("coordinator")) {
				role = "participant";
				if (i == 0) {
					role = "coordinator";
				}
			}
			BigDecimal contribution = role.equals("associatedPartner") ? BigDecimal.ZERO : perFunded;
			p.participants.add(new Participant(organisation(k), role, contribution));
		}
		return p;
	}

	/** Organisation number {@code k} of the pool: always the same data, in whichever project it appears. */
	Organisation organisation(long k) {
		SplittableRandom random = new SplittableRandom(seed * 7_919L + 1_000_000_007L * (k + 1));
		Organisation o = new Organisation();
		o.id = Long.toString(800_000_000L + k);
		String word = shape.nameWord(random).toUpperCase(Locale.ROOT);
		if (random.nextBoolean()) {
			word += " " + shape.nameWord(random).toUpperCase(Locale.ROOT);
		}
		o.name = word + " " + ORGANISATION_SUFFIXES[random.nextInt(ORGANISATION_SUFFIXES.length)] + " " + k;
		o.shortName = word.substring(0, Math.min(10, word.length())).strip();
		o.country = shape.pick("countries", random)[0];
		o.activityType = ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)];
		o.city = capitalise(shape.nameWord(random));
		o.url = "https://www." + o.shortName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + k + ".example";
		return o;
	}

	String xml(Project p) {
		StringBuilder x = new StringBuilder(8192);
		x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n  <language>en</language>\n")
			.append("  <availableLanguages>en</availableLanguages>\n");
		tag(x, "  ", "rcn", Long.toString(p.rcn));
		tag(x, "  ", "id", p.id);
		tag(x, "  ", "acronym", p.acronym);
		tag(x, "  ", "teaser", p.teaser);
		tag(x, "  ", "objective", p.objective);
		tag(x, "  ", "title", p.title);
		tag(x, "  ", "totalCost", p.totalCost.toPlainString());
		tag(x, "  ", "ecMaxContribution", p.euContribution.toPlainString());
		tag(x, "  ", "startDate", p.start.toString());
		tag(x, "  ", "endDate", p.end.toString());
		tag(x, "  ", "status", p.status);
		tag(x, "  ", "keywords", p.keywords);
		x.append("  <identifiers>\n    <grantDoi>10.3030/").append(p.id).append("</grantDoi>\n  </identifiers>\n");
		x.append("  <relations>\n    <associations>\n");
		for (String type : new String[] { "relatedMasterCall", "relatedSubCall" }) {
			x.append("      <call source=\"corda\" type=\"").append(type).append("\">\n");
			tag(x, "        ", "title", p.call);
			tag(x, "        ", "identifier", p.call);
			x.append("      </call>\n");
		}
		int order = 1;
		for (Participant participant : p.participants) {
			Organisation o = participant.organisation;
			x.append("      <organization netEcContribution=\"").append(participant.contribution.toPlainString())
				.append("\" totalCost=\"").append(participant.contribution.toPlainString())
				.append("\" source=\"corda\" order=\"").append(order++).append("\" ecContribution=\"")
				.append(participant.contribution.toPlainString()).append("\" terminated=\"false\" sme=\"false\" type=\"")
				.append(participant.role).append("\">\n");
			tag(x, "        ", "id", o.id);
			tag(x, "        ", "legalName", o.name);
			tag(x, "        ", "shortName", o.shortName);
			x.append("        <address>\n");
			tag(x, "          ", "city", o.city);
			tag(x, "          ", "country", o.country);
			tag(x, "          ", "url", o.url);
			x.append("        </address>\n        <relations>\n          <categories>\n")
				.append("            <category classification=\"organizationActivityType\" type=\"relatedOrganizationActivityType\">\n");
			tag(x, "              ", "code", "/" + o.activityType);
			x.append("            </category>\n          </categories>\n          <regions>\n")
				.append("            <region type=\"relatedRegion\">\n");
			tag(x, "              ", "euCode", o.country);
			tag(x, "              ", "isoCode", o.country);
			x.append("            </region>\n          </regions>\n        </relations>\n      </organization>\n");
		}
		x.append("      <programme type=\"relatedLegalBasis\" source=\"corda\" uniqueProgrammePart=\"true\">\n");
		tag(x, "        ", "code", p.legalBasis[0]);
		tag(x, "        ", "frameworkProgramme", "HORIZON");
		tag(x, "        ", "title", p.legalBasis[1]);
		x.append("      </programme>\n      <programme type=\"relatedTopic\" source=\"corda\">\n");
		tag(x, "        ", "code", p.topic[0]);
		tag(x, "        ", "frameworkProgramme", "HORIZON");
		tag(x, "        ", "title", p.topic[1]);
		x.append("      </programme>\n    </associations>\n    <categories>\n");
		for (String[] field : p.euroSciVoc) {
			category(x, "euroSciVoc", "isInFieldOfScience", null, field);
		}
		for (String[] priority : p.priorities) {
			category(x, "policyPriorities", "marker", priority[2], priority);
		}
		category(x, "projectFundingSchemeCategory", "relatedProjectFundingSchemeCategory", null, p.fundingScheme);
		x.append("    </categories>\n  </relations>\n</project>\n");
		return x.toString();
	}

	private static void category(StringBuilder x, String classification, String type, String weight, String[] codeAndTitle) {
		x.append("      <category classification=\"").append(classification).append("\" type=\"").append(type).append('"');
		if (weight != null) {
			x.append(" weight=\"").append(weight).append('"');
		}
		x.append(">\n");
		tag(x, "        ", "code", codeAndTitle[0]);
		tag(x, "        ", "title", codeAndTitle[1]);
		x.append("      </category>\n");
	}

	private static void tag(StringBuilder x, String indent, String name, String value) {
		x.append(indent).append('<').append(name).append('>');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> x.append("&amp;");
				case '<' -> x.append("&lt;");
				case '>' -> x.append("&gt;");
				default -> x.append(c);
			}
		}
		x.append("</").append(name).append(">\n");
	}

	private String words(SplittableRandom random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(shape.word(random));
		}
		return text.toString();
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static final class Project {

		String id;

		long rcn;

		String acronym;

		String title;

		String teaser;

		String objective;

		String keywords;

		String status;

		LocalDate start;

		LocalDate end;

		BigDecimal totalCost;

		BigDecimal euContribution;

		String[] legalBasis;

		String[] topic;

		String[] fundingScheme;

		String call;

		final List<String[]> euroSciVoc = new ArrayList<>();

		final List<String[]> priorities = new ArrayList<>();

		final List<Participant> participants = new ArrayList<>();

	}

	static final class Organisation {

		String id;

		String name;

		String shortName;

		String country;

		String activityType;

		String city;

		String url;

	}

	record Participant(Organisation organisation, String role, BigDecimal contribution) {
	}

	/** What the real records hold, from {@code reference/cordis/shape.txt} and {@code words.txt}. */
	static final class Shape {

		final Map<String, List<String[]>> sections = new HashMap<>();

		final Map<String, long[]> weights = new HashMap<>();

		final List<String> words = new ArrayList<>();

		/** The running sum of the words' counts: word i is drawn with probability count(i) / total. */
		long[] wordWeights;

		List<String> organisationsPerProject;

		List<String> euContributions;

		static Shape load() {
			Shape shape = new Shape();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					CordisGenerator.class.getResourceAsStream("/reference/cordis/shape.txt"), StandardCharsets.UTF_8))) {
				String section = null;
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("#") || line.isBlank()) {
						continue;
					}
					if (line.startsWith("[")) {
						section = line.substring(1, line.length() - 1);
						shape.sections.put(section, new ArrayList<>());
						continue;
					}
					shape.sections.get(section).add(line.split("\t"));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			shape.loadWords();
			shape.organisationsPerProject = shape.sections.get("organisationsPerProject").stream().map(w -> w[0]).toList();
			shape.euContributions = shape.sections.get("euContribution").stream().map(w -> w[0]).toList();
			for (String weighted : new String[] { "countries", "roles", "startDay", "durationMonths" }) {
				List<String[]> rows = shape.sections.get(weighted);
				shape.weights.put(weighted, cumulative(rows.stream().mapToLong(r -> Long.parseLong(r[1])).toArray()));
			}
			return shape;
		}

		/** Every distinct word of the real records with its count, most frequent first. */
		private void loadWords() {
			List<Long> counts = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					CordisGenerator.class.getResourceAsStream("/reference/cordis/words.txt"), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.startsWith("#") && !line.isBlank()) {
						String[] wordAndCount = line.split("\t");
						words.add(wordAndCount[0]);
						counts.add(Long.parseLong(wordAndCount[1]));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			wordWeights = cumulative(counts.stream().mapToLong(Long::longValue).toArray());
		}

		/** A word of the real records, as often as it occurs in them. */
		String word(SplittableRandom random) {
			return words.get(draw(wordWeights, random));
		}

		/** A word of four letters or more, for names (acronyms, organisations, cities), by its count. */
		String nameWord(SplittableRandom random) {
			String word;
			do {
				word = word(random);
			}
			while (word.length() < 4);
			return word;
		}

		/** A row of the section: by its weight for weighted sections, uniformly otherwise. */
		String[] pick(String section, SplittableRandom random) {
			List<String[]> rows = sections.get(section);
			long[] cumulative = weights.get(section);
			if (cumulative == null) {
				return rows.get(random.nextInt(rows.size()));
			}
			return rows.get(draw(cumulative, random));
		}

		private static long[] cumulative(long[] counts) {
			long[] cumulative = new long[counts.length];
			long sum = 0;
			for (int i = 0; i < counts.length; i++) {
				sum += counts[i];
				cumulative[i] = sum;
			}
			return cumulative;
		}

		/** The index a weighted draw lands on: the first whose running sum exceeds a number below the total. */
		private static int draw(long[] cumulative, SplittableRandom random) {
			long draw = random.nextLong(cumulative[cumulative.length - 1]);
			int at = Arrays.binarySearch(cumulative, draw);
			// an exact hit is the end of that row's range, so the draw belongs to the next row
			return (at >= 0) ? at + 1 : -at - 1;
		}

	}

	/** Lets a writer flush into a zip entry without closing the zip. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
