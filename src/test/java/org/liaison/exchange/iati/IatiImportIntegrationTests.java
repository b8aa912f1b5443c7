package org.liaison.exchange.iati;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.liaison.common.LocalizedText;
import org.liaison.exchange.ExchangeService;
import org.liaison.exchange.Rejection;
import org.liaison.project.Participation;
import org.liaison.project.ParticipationRole;
import org.liaison.project.Project;
import org.liaison.project.ProjectBudget;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectStatus;
import org.liaison.project.RegionShare;
import org.liaison.search.SearchHit;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchResults;
import org.liaison.search.SearchService;
import org.liaison.support.TestDatabaseInitializer;
import org.liaison.taxonomy.Term;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The IATI import on a database of its own (no web server, no demo data, batches of 50). Tests that
 * need a fresh activity give the sample a new identifier.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "liaison.demo.enabled=false", "liaison.exchange.batch-size=50" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class IatiImportIntegrationTests {

	static final Path SAMPLE = Path.of("src/test/resources/iati/samples/activity-standard-example-annotated.xml");

	static final String SAMPLE_ID = "AA-AAA-123456789-ABC123";

	static final Path TESTS = Path.of("src/test/resources/iati/tests");

	@Autowired
	ExchangeService exchange;

	@Autowired
	ProjectService projects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IatiImport iati;

	@Autowired
	SearchService search;

	@TempDir
	Path temp;

	@Test
	void everyShouldFailFileIsRefusedWithLineColumnAndElementAndChangesNothing() throws IOException {
		exchange.importIati(copy("XX-REFUSED-1"));
		Map<String, String> before = snapshot();
		IatiImport.Report report = exchange.importIati(TESTS.resolve("should-fail/iati-activities"));
		assertThat(report.files()).hasSize(98).allSatisfy(file -> {
			assertThat(file.refused()).as(file.file()).isTrue();
			assertThat(file.reason()).as(file.file()).matches("line \\d+, column \\d+, /iati-activities[^:]*: .+");
			assertThat(file.line()).startsWith("refused  " + file.file() + ": line ");
		});
		assertThat(report.hasRefusals()).isTrue();
		assertThat(report.rejections()).hasSize(98).allSatisfy(r -> assertThat(r.line()).isPositive());
		assertThat(report.summary().created() + report.summary().updated()).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void everyShouldPassFileImportsAndASecondImportChangesNothing() throws IOException {
		IatiImport.Report first = exchange.importIati(TESTS.resolve("should-pass/iati-activities"));
		assertThat(first.files()).hasSize(157).allSatisfy(file -> {
			assertThat(file.refused()).as(file.file()).isFalse();
			assertThat(file.read()).as(file.file()).isEqualTo(1);
			assertThat(file.rejected()).as(file.file()).isZero();
			assertThat(file.created() + file.updated() + file.unchanged()).as(file.file()).isEqualTo(1);
		});
		assertThat(first.hasRefusals()).isFalse();
		assertThat(first.summary().created()).isPositive();
		Map<String, String> stored = snapshot();
		IatiImport.Report second = exchange.importIati(TESTS.resolve("should-pass/iati-activities"));
		assertThat(second.summary().unchanged()).isEqualTo(157);
		assertThat(second.summary().created() + second.summary().updated() + second.summary().rejected()).isZero();
		assertThat(snapshot()).isEqualTo(stored);
	}

	@Test
	void mapsEveryFieldOfTheAnnotatedExampleFromItsSource() throws Exception {
		IatiImport.Report report = exchange.importIati(SAMPLE);
		assertThat(report.hasRefusals()).isFalse();
		assertThat(report.summary().read()).isEqualTo(1);
		Element activity = (Element) dom(SAMPLE).getElementsByTagName("iati-activity").item(0);
		String id = text(child(activity, "iati-identifier"));
		Project project = projects.importedProject("iati", id).orElseThrow();

		assertThat(project.getSourceId()).isEqualTo(SAMPLE_ID).isEqualTo(id);
		assertThat(project.getGrantId()).isNull();
		String lang = activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
		assertThat(project.getTitle()).isEqualTo(narratives(child(activity, "title"), lang));
		assertThat(project.getTitle().asMap()).containsOnlyKeys("en", "fr", "es");
		assertThat(project.getAcronym()).isEqualTo("Activity title");
		assertThat(project.getSummary()).isEqualTo(narratives(description(activity, "1"), lang));
		assertThat(project.getObjective()).isEqualTo(narratives(description(activity, "2"), lang));

		// participating organisations: IATI roles 1-4
		List<String> expected = new ArrayList<>();
		for (Element org : children(activity, "participating-org")) {
			ParticipationRole role = switch (org.getAttribute("role")) {
				case "1" -> ParticipationRole.FUNDER;
				case "2" -> ParticipationRole.ACCOUNTABLE;
				case "3" -> ParticipationRole.EXTENDING;
				default -> ParticipationRole.IMPLEMENTER;
			};
			expected.add(org.getAttribute("ref") + "|" + narratives(org, lang).in(lang).orElseThrow() + "|" + role + "|"
					+ org.getAttribute("type"));
		}
		assertThat(project.getParticipations()).extracting((Participation p) -> p.getOrganisation().getSourceId() + "|"
				+ p.getOrganisation().getName() + "|" + p.getRole() + "|" + p.getOrganisation().getKind())
			.containsExactlyElementsOf(expected)
			.containsExactly("BB-BBB-123456789|Name of Agency B|FUNDER|40", "CC-CCC-123456789|Name of Agency C|ACCOUNTABLE|10",
					"AA-AAA-123456789|Name of Agency A|EXTENDING|21");

		// status and dates
		assertThat(child(activity, "activity-status").getAttribute("code")).isEqualTo("2");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.ONGOING);
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		children(activity, "activity-date").forEach(d -> dates.put(d.getAttribute("type"), LocalDate.parse(d.getAttribute("iso-date"))));
		assertThat(project.getPlannedStartDate()).isEqualTo(dates.get("1")).isEqualTo("2012-04-15");
		assertThat(project.getActualStartDate()).isEqualTo(dates.get("2"));
		assertThat(project.getPlannedEndDate()).isEqualTo(dates.get("3"));
		assertThat(project.getActualEndDate()).isNull();
		assertThat(project.getStartDate()).isEqualTo(dates.get("2"));
		assertThat(project.getEndDate()).isEqualTo(dates.get("3"));

		// recipient countries and regions with their percentages
		Map<String, BigDecimal> countries = new LinkedHashMap<>();
		children(activity, "recipient-country").forEach(c -> countries.put(c.getAttribute("code"), new BigDecimal(c.getAttribute("percentage"))));
		assertThat(project.getCountries()).extracting(c -> c.getCode()).containsExactlyElementsOf(countries.keySet());
		Map<String, BigDecimal> storedShares = new LinkedHashMap<>();
		jdbc.query("select country_code, percentage from project_country where project_id = ? order by position",
				rs -> {
					storedShares.put(rs.getString(1), rs.getBigDecimal(2));
				}, project.getId());
		assertThat(storedShares).isEqualTo(countries);
		List<RegionShare> regions = children(activity, "recipient-region").stream()
			.map(r -> new RegionShare(r.getAttribute("vocabulary"), r.getAttribute("code"), new BigDecimal(r.getAttribute("percentage"))))
			.toList();
		assertThat(project.getRegions()).hasSize(2).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(regions);

		// sectors: terms of the IATI sector vocabulary, named from the codelists (or the narrative for vocabulary 99)
		Document categories = dom(Path.of("src/main/resources/iati/codelists/SectorCategory.xml"));
		List<String> sectors = new ArrayList<>();
		for (Element sector : children(activity, "sector")) {
			String code = sector.getAttribute("code");
			String name = sector.getAttribute("vocabulary").equals("2") ? codelistName(categories, code)
					: narratives(sector, lang).in("en").orElseThrow();
			String slug = sector.getAttribute("vocabulary").equals("2") ? code : "v99-" + code.toLowerCase();
			sectors.add(slug + "|" + name);
		}
		assertThat(project.termsOf(IatiSectors.VOCABULARY)).extracting((Term t) -> t.getSlug() + "|" + t.getName().in("en").orElseThrow())
			.containsExactlyInAnyOrderElementsOf(sectors)
			.contains("111|Education, Level Unspecified", "112|Basic Education", "v99-a1|A description of the sector");
		assertThat(project.termsOf(IatiSectors.VOCABULARY)).filteredOn(t -> t.getSlug().equals("111"))
			.singleElement().satisfies(t -> assertThat(t.getName().in("fr")).hasValue("Education, Niveau non spécifié"));

		// budgets, and the total they make
		Element budget = child(activity, "budget");
		Element value = child(budget, "value");
		assertThat(project.getBudgets()).containsExactly(new ProjectBudget(budget.getAttribute("type"), budget.getAttribute("status"),
				LocalDate.parse(child(budget, "period-start").getAttribute("iso-date")),
				LocalDate.parse(child(budget, "period-end").getAttribute("iso-date")),
				new BigDecimal(text(value)).setScale(2), value.getAttribute("currency"),
				LocalDate.parse(value.getAttribute("value-date"))));
		assertThat(project.getTotalCost().amount()).isEqualByComparingTo("3000");
		assertThat(project.getTotalCost().currency()).isEqualTo("EUR");
		assertThat(project.getEuContribution()).isNull();
		assertThat(project.getWebsite()).isEqualTo(text(child(child(activity, "contact-info"), "website")));
	}

	@Test
	void mapsAnActivityWithOnlyTheRequiredElements() throws IOException {
		Path file = TESTS.resolve("should-pass/iati-activities/iati-activity/only-required-elements-exist.xml");
		String xml = Files.readString(file).replace("<iati-identifier></iati-identifier>",
				"<iati-identifier>XX-MINIMAL-1</iati-identifier>");
		Path copy = temp.resolve("minimal.xml");
		Files.writeString(copy, xml);
		assertThat(exchange.importIati(copy).summary().created()).isEqualTo(1);
		Project project = projects.importedProject("iati", "XX-MINIMAL-1").orElseThrow();
		assertThat(project.getTitle()).isEqualTo(LocalizedText.of("en", "Xxxxxxx"));
		assertThat(project.getSlug()).isEqualTo("xx-minimal-1");
		// status "xx" is no code: derived from the dates, whose type "xx" is none either
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.PLANNED);
		assertThat(project.getStartDate()).isNull();
		assertThat(project.getCountries()).isEmpty();
	}

	@Test
	void aChangedActivityUpdatesItsProjectAndTheSameDataChangesNothing() throws IOException {
		Path file = copy("XX-CHANGE-1");
		assertThat(exchange.importIati(file).summary().created()).isEqualTo(1);
		IatiImport.Report again = exchange.importIati(file);
		assertThat(again.summary().unchanged()).isEqualTo(1);
		assertThat(again.summary().created() + again.summary().updated()).isZero();

		Files.writeString(file, Files.readString(file)
			.replace("<narrative>Activity title</narrative>", "<narrative>Activity title, revised</narrative>")
			.replace("<recipient-country code=\"AF\" percentage=\"25\" />", "<recipient-country code=\"AF\" percentage=\"30\" />")
			.replace("<activity-status code=\"2\" />", "<activity-status code=\"4\" />"));
		IatiImport.Report changed = exchange.importIati(file);
		assertThat(changed.summary().updated()).isEqualTo(1);
		Project project = projects.importedProject("iati", "XX-CHANGE-1").orElseThrow();
		assertThat(project.getTitle().in("en")).hasValue("Activity title, revised");
		assertThat(project.getTitle().in("fr")).hasValue("Titre de l'activité");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.CLOSED);
		assertThat(jdbc.queryForObject("select percentage from project_country where project_id = ? and country_code = 'AF'",
				BigDecimal.class, project.getId())).isEqualByComparingTo("30");
		assertThat(project.getParticipations()).hasSize(3);
		assertThat(project.getBudgets()).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from project where source = 'iati' and source_id = 'XX-CHANGE-1'",
				Long.class)).isEqualTo(1);
	}

	@Test
	void rejectsAnActivityItCannotMapWithFileLineAndReasonAndImportsTheRest() throws IOException {
		String sample = Files.readString(SAMPLE);
		int start = sample.indexOf(" <iati-activity ");
		int end = sample.indexOf("</iati-activity>") + "</iati-activity>".length();
		String activity = sample.substring(start, end);
		String good = activity.replace(SAMPLE_ID, "XX-REJECT-GOOD");
		String bad = activity.replace(SAMPLE_ID, "XX-REJECT-BAD").replace("<recipient-country code=\"AG\"",
				"<recipient-country code=\"ZZ\"");
		Path file = temp.resolve("two.xml");
		Files.writeString(file, sample.substring(0, start) + good + "\n" + bad + sample.substring(end));
		long badLine = (sample.substring(0, start) + good + "\n").lines().count() + 1;
		IatiImport.Report report = exchange.importIati(file);
		assertThat(report.files()).singleElement().satisfies(f -> {
			assertThat(f.refused()).isFalse();
			assertThat(f.read()).isEqualTo(2);
			assertThat(f.created()).isEqualTo(1);
			assertThat(f.rejected()).isEqualTo(1);
		});
		assertThat(report.hasRefusals()).isTrue();
		assertThat(report.rejections()).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo(file.toString());
			assertThat(r.line()).isEqualTo(badLine);
			assertThat(r.reason()).contains("recipient-country 'ZZ'");
		});
		assertThat(projects.importedProject("iati", "XX-REJECT-GOOD")).isPresent();
		assertThat(projects.importedProject("iati", "XX-REJECT-BAD")).isEmpty();
	}

	@Test
	void aKilledImportLeavesWholeBatchesResumesFromItsCheckpointAndIsSearchable() throws IOException {
		String sample = Files.readString(SAMPLE);
		int start = sample.indexOf(" <iati-activity ");
		int end = sample.indexOf("</iati-activity>") + "</iati-activity>".length();
		String activity = sample.substring(start, end);
		StringBuilder activities = new StringBuilder();
		for (int i = 1; i <= 7; i++) {
			String one = activity.replace(SAMPLE_ID, "XX-RESUME-" + i)
				.replace("<narrative>Activity title</narrative>", "<narrative>Zebrafinch activity " + i + "</narrative>");
			// the fifth cannot be mapped: its rejection is where the first run is "killed"
			activities.append(i == 5 ? one.replace("<recipient-country code=\"AG\"", "<recipient-country code=\"ZZ\"") : one)
				.append('\n');
		}
		Path file = temp.resolve("resume.xml");
		Files.writeString(file, sample.substring(0, start) + activities + sample.substring(end));

		RuntimeException kill = new RuntimeException("killed");
		assertThat(catchThrowable(() -> iati.run(file, new IatiImport.Listener() {
			@Override
			public void rejected(Rejection rejection) {
				throw kill;
			}
		}, 2))).isSameAs(kill);
		// batches of two: the first four are committed, with the checkpoint after them; nothing of the fifth on
		assertThat(jdbc.queryForObject("select count(*) from project where source = 'iati' and source_id like 'XX-RESUME-%'",
				Long.class)).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from import_checkpoint where input = ?", Long.class,
				file.toString())).isEqualTo(1);

		IatiImport.Report resumed = iati.run(file, IatiImport.Listener.NONE, 2);
		assertThat(resumed.files()).singleElement().satisfies(f -> {
			assertThat(f.read()).isEqualTo(7);
			assertThat(f.created()).isEqualTo(6);
			assertThat(f.rejected()).isEqualTo(1);
		});
		assertThat(jdbc.queryForObject("select count(*) from project where source = 'iati' and source_id like 'XX-RESUME-%'",
				Long.class)).isEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from import_checkpoint where input = ?", Long.class,
				file.toString())).isZero();
		// written by SQL, indexed batch by batch: all six are found, once each
		SearchResults found = search.search(SearchRequest.of("zebrafinch", "en").withStaff(true));
		assertThat(found.hits()).extracting(SearchHit::path).hasSize(6).doesNotHaveDuplicates();
	}

	/** The annotated example under another identifier, in a temporary file. */
	private Path copy(String identifier) throws IOException {
		Path file = temp.resolve(identifier + ".xml");
		Files.writeString(file, Files.readString(SAMPLE).replace(SAMPLE_ID, identifier));
		return file;
	}

	/** A digest of every table an import writes. */
	private Map<String, String> snapshot() {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String table : List.of("project", "project_country", "project_region", "project_budget", "project_term",
				"participation", "organisation", "term", "vocabulary")) {
			digests.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
					+ table + " t", String.class));
		}
		return digests;
	}

	static Document dom(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
				found.add(e);
			}
		}
		return found;
	}

	static Element child(Element parent, String name) {
		return children(parent, name).get(0);
	}

	static String text(Element element) {
		return element.getTextContent().strip();
	}

	static Element description(Element activity, String type) {
		return children(activity, "description").stream().filter(d -> d.getAttribute("type").equals(type)).findFirst().orElseThrow();
	}

	/** The narratives of an element as a LocalizedText, unmarked ones in the activity's language. */
	static LocalizedText narratives(Element element, String defaultLanguage) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Element narrative : children(element, "narrative")) {
			String lang = narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
			texts.putIfAbsent(lang.isEmpty() ? defaultLanguage : lang, text(narrative));
		}
		return LocalizedText.of(texts);
	}

	static String codelistName(Document codelist, String code) {
		NodeList items = codelist.getElementsByTagName("codelist-item");
		for (int i = 0; i < items.getLength(); i++) {
			Element item = (Element) items.item(i);
			if (text(child(item, "code")).equals(code)) {
				return text(child(child(item, "name"), "narrative"));
			}
		}
		throw new AssertionError("no code " + code);
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
