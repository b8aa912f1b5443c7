package org.liaison.project.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.geography.GeographyService;
import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectService.NewProject;
import org.liaison.project.ProjectService.NewProject.Participant;
import org.liaison.project.ProjectStatus;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The project list, its filters and paging, and a project's page, fetched over HTTP. */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectPageControllerTests {

	static final String PROGRAMME = "test-projects-programme";

	static final String OTHER_PROGRAMME = "test-projects-other-programme";

	static final String REGION = "test-projects-lakes";

	static final String GOAL = "test-projects-goal";

	static final String PRIORITY = "test-projects-priority";

	static final String THEME = "test-projects-theme";

	@LocalServerPort
	int port;

	@Autowired
	ProjectService projects;

	@Autowired
	GeographyService geography;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		ensureVocabulary(Vocabulary.POLICY_GOALS, GOAL);
		ensureVocabulary(Vocabulary.D4D_PRIORITIES, PRIORITY);
		ensureVocabulary(Vocabulary.THEMES, THEME);
		geography.createRegion(REGION, LocalizedText.of("en", "Test Great Lakes"), LocalizedText.empty(), 99,
				List.of("RW", "UG"));
		projects.createProgramme(PROGRAMME, LocalizedText.of("en", "Test Horizon").with("hu", "Teszt Horizont"),
				LocalizedText.of("en", "A programme for tests."), 2014, 2020);
		projects.createProgramme(OTHER_PROGRAMME, LocalizedText.of("en", "Test Other Programme"),
				LocalizedText.empty(), 2021, 2027);
		projects.createProject(new NewProject("test-projects-wazi", "TESTWAZI",
				LocalizedText.of("en", "Open IoT for Africa").with("hu", "Nyílt IoT Afrikáért"),
				LocalizedText.of("en", "Accelerates an open Internet of Things.\n\nSecond paragraph."), PROGRAMME,
				"780229", ProjectStatus.ONGOING, LocalDate.of(2018, 2, 1), LocalDate.of(2021, 1, 31),
				Money.euros("2990000"), Money.euros("2990000"), null, List.of("KE", "SN"), List.of(GOAL),
				List.of(PRIORITY), List.of(THEME),
				List.of(new Participant("Test University of Pau", "UPPA", "university", ParticipationRole.PARTICIPANT,
						"FR", Money.euros("350000")),
						new Participant("Test Coordinating Institute", null, "research",
								ParticipationRole.COORDINATOR, "IT", Money.euros("600000")))));
		projects.createProject(new NewProject("test-projects-isooko", "TESTISOOKO", LocalizedText.of("en", "Peace"),
				null, PROGRAMME, null, ProjectStatus.CLOSED, LocalDate.of(2017, 1, 1), null, null, null, null,
				List.of("RW"), null, null, null, null));
		projects.createProject(new NewProject("test-projects-magyar", "TESTMAGYAR",
				LocalizedText.of("hu", "Csak magyarul elérhető projekt"), null, OTHER_PROGRAMME, null, null, null, null,
				null, null, null, List.of("HU"), null, null, null, null));
		for (int i = 1; i <= 19; i++) {
			projects.createProject(new NewProject("test-projects-filler-" + i, "TESTFILL" + i,
					LocalizedText.of("en", "Filler " + i), null, PROGRAMME, null, null, LocalDate.of(2015, 1, i),
					null, null, null, null, List.of(), null, null, null, null));
		}
		related.link(new ItemRef(ItemType.PROJECT, "test-projects-wazi"),
				new ItemRef(ItemType.PROJECT, "test-projects-isooko"), LinkKind.RELATED, null);
		related.link(new ItemRef(ItemType.PROJECT, "test-projects-wazi"), new ItemRef(ItemType.PROGRAMME, PROGRAMME),
				LinkKind.SEE_ALSO, null);
	}

	private void ensureVocabulary(String code, String termSlug) {
		if (taxonomy.vocabulary(code).isEmpty()) {
			taxonomy.createVocabulary(code, LocalizedText.of("en", code), 0);
		}
		taxonomy.addTerm(code, termSlug, LocalizedText.of("en", "Term " + termSlug).with("hu", "Fogalom " + termSlug),
				LocalizedText.empty());
	}

	@Test
	void listsMatchingProjectsWithCountOfMatchesAndFirstPage() {
		Document html = get("/en/projects?programme=" + PROGRAMME);
		assertThat(html.selectFirst("h1").text()).isEqualTo("Projects");
		assertThat(html.selectFirst("#results-heading").text()).isEqualTo("21 projects");
		assertThat(html.select("ul.card-list > li.card")).hasSize(ProjectService.PAGE_SIZE);
		Element wazi = card(html, "TESTWAZI");
		assertThat(wazi.selectFirst("h3 a").attr("href")).isEqualTo("/en/projects/test-projects-wazi");
		assertThat(wazi.text()).contains("Open IoT for Africa", "Kenya", "Senegal", "Test Horizon",
				"February 1, 2018", "January 31, 2021");
		assertThat(html.selectFirst("#filter-programme option[selected]").val()).isEqualTo(PROGRAMME);
		assertThat(html.select("a[rel=next]").attr("href"))
			.isEqualTo("/en/projects?programme=" + PROGRAMME + "&page=2");
	}

	@Test
	void offersEveryFilterAsALabelledSelectThatWorksWithoutJavaScript() {
		Document html = get("/en/projects");
		Element form = html.selectFirst("form.filters");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/en/projects");
		for (String name : List.of("region", "country", "goal", "priority", "programme")) {
			Element select = form.selectFirst("select[name=" + name + "]");
			assertThat(select).as(name).isNotNull();
			assertThat(form.select("label[for=" + select.id() + "]")).as("label of " + name).hasSize(1);
			assertThat(select.selectFirst("option").val()).as("first option of " + name).isEmpty();
		}
		assertThat(form.select("select[name=region] option").eachAttr("value")).contains(REGION);
		assertThat(form.select("select[name=country] option").eachAttr("value")).contains("ke", "sn", "rw", "hu")
			.doesNotContain("KE", "ar");
		assertThat(form.select("select[name=goal] option").eachAttr("value")).contains(GOAL);
		assertThat(form.select("select[name=priority] option").eachAttr("value")).contains(PRIORITY);
		assertThat(form.select("select[name=programme] option").eachAttr("value")).contains(PROGRAMME, OTHER_PROGRAMME);
		assertThat(form.select("option[selected]")).isEmpty();
	}

	@Test
	void filtersByCountryRegionGoalAndPriority() {
		assertThat(acronyms(get("/en/projects?country=ke"))).containsExactly("TESTWAZI");
		assertThat(acronyms(get("/en/projects?region=" + REGION))).containsExactly("TESTISOOKO");
		assertThat(acronyms(get("/en/projects?goal=" + GOAL))).containsExactly("TESTWAZI");
		assertThat(acronyms(get("/en/projects?priority=" + PRIORITY + "&programme=" + PROGRAMME)))
			.containsExactly("TESTWAZI");
		Document html = get("/en/projects?country=rw&region=" + REGION);
		assertThat(html.selectFirst("#filter-country option[selected]").val()).isEqualTo("rw");
		assertThat(html.selectFirst("#filter-region option[selected]").val()).isEqualTo(REGION);
		assertThat(html.selectFirst("#results-heading").text()).isEqualTo("1 project");
	}

	@Test
	void saysSoWhenNoProjectMatches() {
		Document html = get("/en/projects?country=ar&programme=" + PROGRAMME);
		assertThat(html.selectFirst("#results-heading").text()).isEqualTo("No projects");
		assertThat(html.select("li.card")).isEmpty();
		assertThat(html.selectFirst("#filter-country option[selected]").val()).isEqualTo("ar");
		assertThat(html.select("form.filters a").attr("href")).isEqualTo("/en/projects");
	}

	@Test
	void pagesThroughMatchesKeepingTheFilter() {
		Document html = get("/en/projects?programme=" + PROGRAMME + "&page=2");
		assertThat(html.select("li.card")).hasSize(1);
		assertThat(html.select("a[rel=prev]").attr("href"))
			.isEqualTo("/en/projects?programme=" + PROGRAMME + "&page=1");
		assertThat(html.select("a[rel=next]")).isEmpty();
		assertThat(html.selectFirst("nav.pager [aria-current]").text()).isEqualTo("Page 2 of 2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "0", "-1", "abc", "99999999999" })
	void answersNotFoundForAPageThatIsNotThere(String number) {
		assertThat(fetch("/en/projects?programme=" + PROGRAMME + "&page=" + number).statusCode()).isEqualTo(404);
	}

	@Test
	void showsAProjectWithItsFactsLinksAndParticipants() {
		Document html = get("/en/projects/test-projects-wazi");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.selectFirst("h1").text()).isEqualTo("TESTWAZI Open IoT for Africa");
		assertThat(html.title()).startsWith("TESTWAZI");
		assertThat(html.select(".lead p").eachText()).containsExactly("Accelerates an open Internet of Things.",
				"Second paragraph.");
		Element facts = html.selectFirst("dl.facts");
		assertThat(facts.selectFirst("a[href=/en/programmes/" + PROGRAMME + "]").text()).isEqualTo("Test Horizon");
		assertThat(facts.text()).contains("Grant agreement 780229", "Status Ongoing", "EU contribution €2,990,000",
				"Total cost €2,990,000", "February 1, 2018");
		assertThat(html.select("a[href=/en/countries/ke]").text()).isEqualTo("Kenya");
		assertThat(html.select("a[href=/en/countries/sn]").text()).isEqualTo("Senegal");
		assertThat(html.select("a[href=/en/goals/" + GOAL + "]")).hasSize(1);
		assertThat(html.select("a[href=/en/priorities/" + PRIORITY + "]")).hasSize(1);
		assertThat(html.select("a[href=/en/topics/" + THEME + "]")).hasSize(1);
		Element table = html.selectFirst("table.data-table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Organisations taking part in TESTWAZI");
		assertThat(table.select("thead th[scope=col]")).hasSize(4);
		assertThat(table.select("tbody tr").eachText()).containsExactly(
				"Test Coordinating Institute Coordinator Italy €600,000",
				"Test University of Pau (UPPA) Participant France €350,000");
	}

	@Test
	void showsBreadcrumbsRelatedContentAndSeeAlso() {
		Document html = get("/en/projects/test-projects-wazi");
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Projects", "TESTWAZI");
		assertThat(html.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/en/", "/en/projects");
		assertThat(html.select("section.related a").eachAttr("href"))
			.containsExactly("/en/projects/test-projects-isooko");
		assertThat(html.select("section.see-also a").eachAttr("href")).containsExactly("/en/programmes/" + PROGRAMME);
	}

	@Test
	void answersNotFoundForAnUnknownProject() {
		assertThat(fetch("/en/projects/test-projects-no-such-project").statusCode()).isEqualTo(404);
	}

	@Test
	void speaksHungarianOnHungarianPages() {
		Document list = get("/hu/projects?programme=" + PROGRAMME);
		assertThat(list.selectFirst("h1").text()).isEqualTo("Projektek");
		assertThat(list.selectFirst("label[for=filter-country]").text()).isEqualTo("Ország");
		assertThat(list.selectFirst("#results-heading").text()).isEqualTo("21 projekt");
		Document project = get("/hu/projects/test-projects-wazi");
		assertThat(project.selectFirst("h1").text()).isEqualTo("TESTWAZI Nyílt IoT Afrikáért");
		assertThat(project.selectFirst("#facts-heading").text()).isEqualTo("Főbb adatok");
		assertThat(project.selectFirst("dl.facts").text()).contains("Folyamatban", "Teszt Horizont");
		assertThat(project.select("a[href=/hu/countries/ke]").text()).isEqualTo("Kenya");
	}

	@Test
	void marksATitleInAnotherLanguageWithItsLanguageAndANote() {
		Document list = get("/en/projects?programme=" + OTHER_PROGRAMME);
		Element title = card(list, "TESTMAGYAR").selectFirst("[lang=hu]");
		assertThat(title.text()).isEqualTo("Csak magyarul elérhető projekt");
		assertThat(card(list, "TESTMAGYAR").selectFirst(".fallback-note").text())
			.isEqualTo("(Only available in Magyar)");
		Document page = get("/en/projects/test-projects-magyar");
		assertThat(page.selectFirst("h1 [lang=hu]").text()).isEqualTo("Csak magyarul elérhető projekt");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	private static List<String> acronyms(Document html) {
		return html.select("li.card h3").eachText();
	}

	private static Element card(Document html, String acronym) {
		return html.select("li.card").stream()
			.filter(card -> card.selectFirst("h3").text().equals(acronym))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No card for " + acronym + " in " + html.select("li.card h3")));
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

	private HttpResponse<String> fetch(String path) {
		return new PortalClient(port).fetch(path);
	}

}
