package org.liaison.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.liaison.exchange.internal.CordisGenerator;
import org.liaison.exchange.internal.CordisImport;
import org.liaison.project.Organisation;
import org.liaison.project.Participation;
import org.liaison.search.SearchHit;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.hibernate.search.mapper.orm.Search;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.liaison.project.Project;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectStatus;
import org.liaison.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CORDIS import on a database of its own (no web server, no demo data), so that the portal's
 * tests never see imported projects. Each test imports its own copy of the inputs; grant ids do not
 * clash between tests except where a test says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "liaison.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class CordisImportIntegrationTests {

	static final Path SAMPLE = Path.of("src/test/resources/cordis/xml");

	static final Path ALL_RECORDS = Path.of("src/test/resources/cordis/cordis-HORIZONprojects-xml-sample.zip");

	@Autowired
	ExchangeService exchange;

	@Autowired
	CordisImport cordisImport;

	@Autowired
	ProjectService projects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchService search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@TempDir
	Path temp;

	@Test
	void everyRealRecordImportsAndASecondImportChangesNothing() throws IOException {
		// The 400 real records of ../shared/data/cordis/projects-xml, zipped as CORDIS publishes its
		// dataset, ship with the tests: a fresh clone runs this test too.
		Path shared = ALL_RECORDS;
		long files;
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(shared.toFile())) {
			files = zip.stream().filter(e -> e.getName().endsWith(".xml")).count();
		}
		assertThat(files).isEqualTo(400);
		ImportSummary first = exchange.importCordis(shared);
		assertThat(first.rejected()).as("rejected records").isZero();
		assertThat(first.read()).isEqualTo(files);
		assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(files);
		String before = fingerprint();

		ImportSummary second = exchange.importCordis(shared);
		assertThat(second.unchanged()).isEqualTo(files);
		assertThat(second.created() + second.updated() + second.rejected()).isZero();
		assertThat(fingerprint()).as("the database after the second import").isEqualTo(before);
	}

	@Test
	void everyMappedFieldOfTheSampleMatchesItsSourceFile() throws Exception {
		Path input = copyOf(SAMPLE);
		ImportSummary summary = exchange.importCordis(input);
		assertThat(summary.rejected()).isZero();
		try (Stream<Path> files = Files.list(input)) {
			for (Path file : files.sorted().toList()) {
				checkAgainstSource(file);
			}
		}
	}

	/** Reads the file with the JDK's DOM (not the importer's StAX reader) and compares field by field. */
	private void checkAgainstSource(Path file) throws Exception {
		Element xml = parse(file);
		String id = text(xml, "id");
		Project project = projects.importedProject("cordis", id).orElseThrow();
		String language = text(xml, "language");
		assertThat(project.getGrantId()).isEqualTo(id);
		assertThat(project.getAcronym()).isEqualTo(text(xml, "acronym"));
		assertThat(project.getTitle().in(language)).contains(text(xml, "title"));
		assertThat(project.getSummary().in(language)).contains(text(xml, "teaser"));
		assertThat(project.getObjective().in(language)).contains(text(xml, "objective"));
		assertThat(project.getKeywords()).isEqualTo(emptyToNull(text(xml, "keywords")));
		assertThat(project.getStartDate()).isEqualTo(LocalDate.parse(text(xml, "startDate")));
		assertThat(project.getEndDate()).isEqualTo(LocalDate.parse(text(xml, "endDate")));
		assertThat(project.getStatus())
			.isEqualTo(text(xml, "status").equals("SIGNED") ? ProjectStatus.ONGOING : ProjectStatus.CLOSED);
		BigDecimal totalCost = new BigDecimal(text(xml, "totalCost"));
		if (totalCost.signum() == 0) {
			assertThat(project.getTotalCost()).as("a total cost of 0 is unknown").isNull();
		}
		else {
			assertThat(project.getTotalCost().amount()).isEqualByComparingTo(totalCost);
			assertThat(project.getTotalCost().currency()).isEqualTo("EUR");
		}
		assertThat(project.getEuContribution().amount()).isEqualByComparingTo(text(xml, "ecMaxContribution"));

		Element associations = child(child(xml, "relations"), "associations");
		Element masterCall = children(associations, "call").stream()
			.filter(c -> c.getAttribute("type").equals("relatedMasterCall")).findFirst().orElseThrow();
		assertThat(project.getCallIdentifier()).isEqualTo(text(masterCall, "identifier"));
		List<Element> programmes = children(associations, "programme");
		Element topic = programmes.stream().filter(p -> p.getAttribute("type").equals("relatedTopic")).findFirst().orElseThrow();
		assertThat(project.getTopic()).isEqualTo(text(topic, "code"));
		List<Element> legalBases = programmes.stream().filter(p -> p.getAttribute("type").equals("relatedLegalBasis")).toList();
		Element unique = legalBases.stream().filter(p -> p.getAttribute("uniqueProgrammePart").equals("true")).findFirst()
			.orElse(legalBases.get(0));
		assertThat(project.getLegalBasis()).isEqualTo(text(unique, "code"));
		assertThat(project.getProgramme().getSlug())
			.isEqualTo(text(unique, "frameworkProgramme").equals("HORIZON") ? "horizon-europe" : "horizon-2020");
		String website = children(associations, "webLink").stream()
			.filter(w -> w.getAttribute("type").equals("relatedWebsite")).map(w -> text(w, "physUrl")).findFirst().orElse(null);
		assertThat(project.getWebsite()).isEqualTo(website);

		List<Element> categories = children(child(child(xml, "relations"), "categories"), "category");
		Set<String> expectedTerms = new TreeSet<>();
		for (Element category : categories) {
			String code = text(category, "code").substring(1);
			switch (category.getAttribute("classification")) {
				case "policyPriorities" -> {
					if (Double.parseDouble(category.getAttribute("weight")) > 0) {
						expectedTerms.add("cordis-policy-priorities/" + code.toLowerCase());
					}
				}
				case "euroSciVoc" -> expectedTerms.add("euroscivoc/" + code.replace('/', '-'));
				case "projectFundingSchemeCategory" -> {
					expectedTerms.add("cordis-funding-schemes/" + code.toLowerCase());
					assertThat(project.getFundingScheme()).isEqualTo(code);
				}
				default -> {
				}
			}
		}
		legalBases.forEach(p -> expectedTerms.add("cordis-programme-parts/" + text(p, "code").toLowerCase().replace('.', '-')));
		expectedTerms.add("cordis-topics/" + text(topic, "code").toLowerCase().replace('_', '-'));
		Set<String> terms = project.getTerms().stream().map(t -> t.getVocabulary().getCode() + "/" + t.getSlug())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(terms).as("terms of %s", file.getFileName()).isEqualTo(expectedTerms);
		for (Element category : categories) {
			if (category.getAttribute("classification").equals("euroSciVoc")) {
				assertThat(project.getTerms()).anySatisfy(t -> assertThat(t.getName().in(language)).contains(text(category, "title")));
			}
		}

		List<Element> organisations = children(associations, "organization");
		List<Participation> participations = project.getParticipations();
		assertThat(participations).hasSameSizeAs(organisations);
		List<String> expected = new ArrayList<>();
		List<String> actual = new ArrayList<>();
		for (Element o : organisations) {
			String country = iso(text(child(o, "address"), "country"));
			expected.add(String.join("|", text(o, "id"), text(o, "legalName"), emptyToNull(text(o, "shortName")) + "",
					country, role(o.getAttribute("type")), o.getAttribute("ecContribution").isEmpty() ? "none"
							: new BigDecimal(o.getAttribute("ecContribution")).stripTrailingZeros().toPlainString()));
		}
		for (Participation p : participations) {
			actual.add(String.join("|", p.getOrganisation().getSourceId(), p.getOrganisation().getName(),
					p.getOrganisation().getShortName() + "", p.getCountry().getCode(), p.getRole().name(),
					(p.getContribution() == null) ? "none" : p.getContribution().amount().stripTrailingZeros().toPlainString()));
			assertThat(p.getOrganisation().getCountry().getCode()).isEqualTo(p.getCountry().getCode());
		}
		assertThat(actual).as("participations of %s", file.getFileName()).containsExactlyInAnyOrderElementsOf(expected);
		List<String> countries = project.getCountries().stream().map(c -> c.getCode()).toList();
		assertThat(countries).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
				organisations.stream().map(o -> iso(text(child(o, "address"), "country"))).distinct().toList());
		String coordinatorCountry = organisations.stream().filter(o -> o.getAttribute("type").equals("coordinator"))
			.map(o -> iso(text(child(o, "address"), "country"))).findFirst().orElseThrow();
		assertThat(countries.get(0)).as("the coordinator's country comes first").isEqualTo(coordinatorCountry);
	}

	@Test
	void mapsCordisCountryCodesElAndUkToIso() throws IOException {
		exchange.importCordis(copyOf(SAMPLE));
		Project greek = projects.importedProject("cordis", "101188086").orElseThrow();
		assertThat(greek.getParticipations()).singleElement()
			.satisfies(p -> assertThat(p.getCountry().getCode()).isEqualTo("GR"));
		assertThat(greek.getCountries()).extracting(c -> c.getCode()).containsExactly("GR");
		assertThat(jdbc.queryForObject("select count(*) from participation where country_code = 'GB'", Long.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from participation where country_code in ('EL', 'UK')", Long.class))
			.isZero();
	}

	@Test
	void importedProjectsAndOrganisationsAreSearchableAndAChangeReplacesTheirDocuments() throws IOException {
		Path input = copyOf(SAMPLE);
		exchange.importCordis(input);
		List<Long> projectIds = jdbc.queryForList("select id from project where source = 'cordis'", Long.class);
		List<Long> organisationIds = jdbc.queryForList("select distinct organisation_id from participation p "
				+ "join project j on j.id = p.project_id where j.source = 'cordis'", Long.class);
		assertThat(projectIds).isNotEmpty();
		assertThat(indexed(Project.class, projectIds)).isEqualTo(projectIds.size());
		assertThat(indexed(Organisation.class, organisationIds)).isEqualTo(organisationIds.size());

		Path file = input.resolve("275839.xml");
		String id = parse(file).getElementsByTagName("id").item(0).getTextContent();
		String title = projects.importedProject("cordis", id).orElseThrow().getTitle().in("en").orElseThrow();
		Files.writeString(file, Files.readString(file).replace("<title>" + title + "</title>",
				"<title>Quokkanometry of zyxwvutian lattices</title>"));
		exchange.importCordis(input);
		assertThat(indexed(Project.class, projectIds)).as("no duplicate documents").isEqualTo(projectIds.size());
		assertThat(search.search(SearchRequest.of("zyxwvutian", "en")).hits())
			.extracting(SearchHit::path)
			.containsExactly("projects/" + projects.importedProject("cordis", id).orElseThrow().getSlug());
	}

	private long indexed(Class<?> type, List<Long> ids) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(type).where(f -> f.id().matchingAny(ids)).fetchTotalHitCount();
		}
	}

	@Test
	void aChangedRecordUpdatesItsProjectAndOnlyIt() throws IOException {
		Path input = copyOf(SAMPLE);
		exchange.importCordis(input);
		Path file = input.resolve("275839.xml");
		String xml = Files.readString(file);
		String id = parse(file).getElementsByTagName("id").item(0).getTextContent();
		Project before = projects.importedProject("cordis", id).orElseThrow();
		// a new title, and the last organisation gone
		String changed = xml.replace("<title>" + before.getTitle().in("en").orElseThrow() + "</title>",
				"<title>A changed title</title>");
		int last = changed.lastIndexOf("<organization ");
		changed = changed.substring(0, last) + changed.substring(changed.indexOf("</organization>", last) + "</organization>".length());
		Files.writeString(file, changed);

		ImportSummary summary = exchange.importCordis(input);
		assertThat(summary.updated()).isEqualTo(1);
		assertThat(summary.unchanged()).isEqualTo(4);
		assertThat(summary.created() + summary.rejected()).isZero();
		Project after = projects.importedProject("cordis", id).orElseThrow();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getSlug()).isEqualTo(before.getSlug());
		assertThat(after.getTitle().in("en")).contains("A changed title");
		assertThat(after.getParticipations()).hasSize(before.getParticipations().size() - 1);
		assertThat(after.getTerms()).hasSameSizeAs(before.getTerms());
	}

	@Test
	void rejectsBadRecordsWithFileLineAndReasonAndWritesNothingOfThem() throws IOException {
		Path input = Files.createDirectories(temp.resolve("bad"));
		String good = Files.readString(SAMPLE.resolve("267745.xml"));
		Files.writeString(input.resolve("a-good.xml"), good.replace("101188086", "991000001"));
		Files.writeString(input.resolve("b-ends-before-start.xml"),
				good.replace("101188086", "991000002").replace("<endDate>2026-11-30</endDate>", "<endDate>2020-01-01</endDate>"));
		Files.writeString(input.resolve("c-malformed.xml"),
				good.replace("101188086", "991000003").replace("</teaser>", "</teaserr>"));
		Files.writeString(input.resolve("d-xxe.xml"), good.replace("101188086", "991000004")
			.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
			.replace("<acronym>Argo Active Antenna</acronym>", "<acronym>&xxe;</acronym>"));
		Files.writeString(input.resolve("e-unknown-role.xml"),
				good.replace("101188086", "991000005").replace("type=\"coordinator\"", "type=\"sponsor\""));
		List<Rejection> reported = new ArrayList<>();
		ImportSummary summary = exchange.importCordis(input, new ImportProgress() {
			@Override
			public void rejected(Rejection rejection) {
				reported.add(rejection);
			}
		});

		assertThat(summary.read()).isEqualTo(5);
		assertThat(summary.created()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(4);
		assertThat(reported).extracting(Rejection::file)
			.containsExactly("b-ends-before-start.xml", "c-malformed.xml", "d-xxe.xml", "e-unknown-role.xml");
		assertThat(reported.get(0).line()).isEqualTo(2);
		assertThat(reported.get(0).reason()).contains("end date 2020-01-01 is before start date 2024-12-01");
		assertThat(reported.get(1).line()).isEqualTo(lineOf(input.resolve("c-malformed.xml"), "</teaserr>"));
		assertThat(reported.get(1).reason()).contains("malformed XML");
		assertThat(reported.get(2).reason()).containsIgnoringCase("DOCTYPE");
		assertThat(reported.get(3).reason()).contains("unknown role 'sponsor'");
		assertThat(projects.importedProject("cordis", "991000001")).isPresent();
		for (String rejected : List.of("991000002", "991000003", "991000004", "991000005")) {
			assertThat(projects.importedProject("cordis", rejected)).as(rejected).isEmpty();
		}
	}

	@Test
	void aRecordTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchIsWrittenAndIndexed() throws IOException {
		Path input = Files.createDirectories(temp.resolve("refused"));
		String good = Files.readString(SAMPLE.resolve("267745.xml"));
		Files.writeString(input.resolve("a.xml"), good.replace("101188086", "994000001"));
		Files.writeString(input.resolve("b.xml"), good.replace("101188086", "994000002")
			.replace("<acronym>Argo Active Antenna</acronym>", "<acronym>DBREFUSES</acronym>"));
		Files.writeString(input.resolve("c.xml"), good.replace("101188086", "994000003"));
		// A rule the mapper does not know, so that only the database refuses record b (and its whole batch).
		jdbc.execute("alter table project add constraint test_refuses_acronym check (acronym <> 'DBREFUSES') not valid");
		List<Rejection> reported = new ArrayList<>();
		ImportSummary summary;
		try {
			summary = exchange.importCordis(input, new ImportProgress() {
				@Override
				public void rejected(Rejection rejection) {
					reported.add(rejection);
				}
			});
		}
		finally {
			jdbc.execute("alter table project drop constraint test_refuses_acronym");
		}

		assertThat(summary.read()).isEqualTo(3);
		assertThat(summary.created()).isEqualTo(2);
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(reported).singleElement().satisfies(rejection -> {
			assertThat(rejection.file()).isEqualTo("b.xml");
			assertThat(rejection.line()).isEqualTo(2);
			assertThat(rejection.reason()).startsWith("refused by the database: ").contains("test_refuses_acronym");
		});
		assertThat(projects.importedProject("cordis", "994000002")).isEmpty();
		List<Long> written = List.of("994000001", "994000003").stream()
			.map(id -> projects.importedProject("cordis", id).orElseThrow().getId())
			.toList();
		assertThat(indexed(Project.class, written)).isEqualTo(2);
	}

	@Test
	void aKilledImportLeavesWholeBatchesAndResumesFromItsCheckpoint() throws IOException {
		Path input = Files.createDirectories(temp.resolve("resume"));
		String good = Files.readString(SAMPLE.resolve("267745.xml"));
		for (int i = 0; i < 7; i++) {
			Files.writeString(input.resolve("p" + i + ".xml"), good.replace("101188086", "99200000" + i));
		}
		// "killed" while reading record 5: batches of 2 committed up to record 4
		RuntimeException kill = new RuntimeException("killed");
		assertThatThrownBy(() -> cordisImport.run(input, new ImportProgress() {
			@Override
			public void advanced(long position, long estimatedTotal) {
			}

			@Override
			public void committed(long position) {
				if (position == 4) {
					throw kill;
				}
			}
		}, 2)).isSameAs(kill);
		assertThat(jdbc.queryForObject("select count(*) from project where grant_id like '99200000%'", Long.class))
			.isEqualTo(4);

		ImportSummary resumed = cordisImport.run(input, ImportProgress.NONE, 2);
		assertThat(resumed.resumedAfter()).isEqualTo(4);
		assertThat(resumed.read()).isEqualTo(7);
		assertThat(resumed.created()).isEqualTo(7);
		assertThat(jdbc.queryForObject("select count(*) from project where grant_id like '99200000%'", Long.class))
			.isEqualTo(7);
		assertThat(jdbc.queryForObject("select count(*) from import_checkpoint", Long.class)).isZero();
	}

	@Test
	void importsTheCsvPairWithMultiLineObjectives() throws IOException {
		Path input = Files.createDirectories(temp.resolve("csv"));
		Files.writeString(input.resolve("project.csv"), """
				\uFEFF"rcn";"id";"acronym";"status";"programme";"topics";"frameworkProgramme";"title";"startDate";"endDate";"projectUrl";"objective";"totalCost";"ecMaxContribution";"call";"fundingScheme";"coordinator";"coordinatorCountry";"participants";"participantCountries";"subjects"
				"1";"993000001";"MULTI";"SIGNED";"HORIZON.2.4";"HORIZON-CL4-2021-01";"HORIZON";"A project; with a semicolon";"2022-01-01";"2024-12-31";"https://multi.example";"First line of the objective.
				Second line, with ""quotes"" and a ; semicolon.

				Third paragraph.";"1000000,50";"900000";"HORIZON-CL4-2021";"HORIZON-RIA";"ATHENS UNIVERSITY";"EL";"LONDON COLLEGE";"UK";""
				"2";"993000002";"BAD";"SIGNED";"";"";"HORIZON";"Ends before it starts";"2022-01-01";"2021-12-31";"";"x";"";"";"";"";"";"";"";"";""
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("organization.csv"), """
				"projectID";"projectAcronym";"organisationID";"name";"shortName";"activityType";"country";"organizationURL";"order";"role";"ecContribution"
				"993000001";"MULTI";"900000001";"ATHENS UNIVERSITY";"AU";"HES";"EL";"";"1";"coordinator";"500000"
				"993000001";"MULTI";"900000002";"LONDON COLLEGE";"LC";"HES";"UK";"";"2";"associatedPartner";"0"
				"993000001";"MULTI";"900000003";"HELPER LTD";"";"PRC";"FR";"";"3";"thirdParty";"400000"
				""", StandardCharsets.UTF_8);
		List<Rejection> reported = new ArrayList<>();
		ImportSummary summary = exchange.importCordis(input.resolve("project.csv"), new ImportProgress() {
			@Override
			public void rejected(Rejection rejection) {
				reported.add(rejection);
			}
		});
		assertThat(summary.created()).isEqualTo(1);
		assertThat(summary.rejected()).isEqualTo(1);
		assertThat(reported).singleElement().satisfies(r -> {
			assertThat(r.file()).isEqualTo("project.csv");
			assertThat(r.line()).as("the second record starts after the four lines of the first").isEqualTo(6);
		});
		Project project = projects.importedProject("cordis", "993000001").orElseThrow();
		assertThat(project.getTitle().in("en")).contains("A project; with a semicolon");
		assertThat(project.getObjective().in("en")).contains(
				"First line of the objective.\nSecond line, with \"quotes\" and a ; semicolon.\n\nThird paragraph.");
		assertThat(project.getTotalCost().amount()).isEqualByComparingTo("1000000.50");
		assertThat(project.getLegalBasis()).isEqualTo("HORIZON.2.4");
		assertThat(project.getTopic()).isEqualTo("HORIZON-CL4-2021-01");
		assertThat(project.getCallIdentifier()).isEqualTo("HORIZON-CL4-2021");
		assertThat(project.getFundingScheme()).isEqualTo("HORIZON-RIA");
		assertThat(project.getWebsite()).isEqualTo("https://multi.example");
		assertThat(project.getParticipations()).extracting(p -> p.getRole().name() + " " + p.getCountry().getCode())
			.containsExactlyInAnyOrder("COORDINATOR GR", "ASSOCIATED_PARTNER GB", "THIRD_PARTY FR");
		assertThat(project.getCountries()).extracting(c -> c.getCode()).containsExactly("GR", "GB", "FR");

		ImportSummary again = exchange.importCordis(input.resolve("project.csv"));
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(again.created() + again.updated()).isZero();
	}

	@Test
	void theGeneratorWritesTheSameDataForTheSameSeedAndItAllImports() throws IOException {
		Path one = Files.createDirectories(temp.resolve("gen-1/csv"));
		Path two = Files.createDirectories(temp.resolve("gen-2/csv"));
		new CordisGenerator(5, 60).writeCsv(one, 60);
		new CordisGenerator(5, 60).writeCsv(two, 60);
		assertThat(Files.readString(one.resolve("project.csv"))).isEqualTo(Files.readString(two.resolve("project.csv")));
		assertThat(Files.readString(one.resolve("organization.csv")))
			.isEqualTo(Files.readString(two.resolve("organization.csv")));
		Path zip = temp.resolve("gen-1/projects.zip");
		new CordisGenerator(5, 60).writeZip(zip, 60);

		ImportSummary xml = exchange.importCordis(zip);
		assertThat(xml.rejected()).isZero();
		assertThat(xml.read()).isEqualTo(60);
		ImportSummary csv = exchange.importCordis(one.resolve("project.csv"));
		assertThat(csv.rejected()).isZero();
		assertThat(csv.read()).isEqualTo(60);
		assertThat(projects.importedProject("cordis", "900000059")).get()
			.satisfies(p -> assertThat(p.getParticipations()).isNotEmpty());
	}

	// helpers

	private Path copyOf(Path folder) throws IOException {
		Path copy = Files.createDirectories(temp.resolve("copy-" + System.nanoTime()));
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private String fingerprint() {
		return jdbc.queryForObject("select concat_ws('|', (select count(*) from project), "
				+ "(select md5(string_agg(p::text, ',' order by id)) from project p), "
				+ "(select md5(string_agg(o::text, ',' order by id)) from organisation o), "
				+ "(select md5(string_agg(x::text, ',' order by id)) from participation x), "
				+ "(select md5(string_agg(t::text, ',' order by project_id, term_id)) from project_term t), "
				+ "(select md5(string_agg(c::text, ',' order by project_id, position)) from project_country c), "
				+ "(select count(*) from term))", String.class);
	}

	private static long lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	private static String iso(String cordis) {
		return Map.of("EL", "GR", "UK", "GB").getOrDefault(cordis, cordis);
	}

	private static String role(String type) {
		return switch (type) {
			case "coordinator" -> "COORDINATOR";
			case "participant" -> "PARTICIPANT";
			case "associatedPartner" -> "ASSOCIATED_PARTNER";
			case "thirdParty" -> "THIRD_PARTY";
			default -> throw new AssertionError(type);
		};
	}

	private static Element parse(Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(file.toFile());
			return document.getDocumentElement();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static Element child(Element parent, String name) {
		return children(parent, name).stream().findFirst().orElse(null);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
				result.add((Element) nodes.item(i));
			}
		}
		return result;
	}

	private static String text(Element parent, String name) {
		Element child = child(parent, name);
		return (child == null) ? "" : child.getTextContent().strip();
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
