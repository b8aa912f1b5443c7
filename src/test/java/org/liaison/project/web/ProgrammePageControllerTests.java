package org.liaison.project.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectService.NewProject;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A programme's page: description, budget lines, its projects, related content. */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePageControllerTests {

	static final String PROGRAMME = "test-programme-h2020";

	static final String CROWDED = "test-programme-crowded";

	@LocalServerPort
	int port;

	@Autowired
	ProjectService projects;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		projects.createProgramme(PROGRAMME,
				LocalizedText.of("en", "Test Horizon 2020").with("hu", "Teszt Horizont 2020"),
				LocalizedText.of("en", "The EU research and innovation programme.\n\nIt ran for seven years."), 2014,
				2020);
		projects.addBudgetLine(PROGRAMME, LocalizedText.of("en", "International cooperation in ICT"), 2018,
				Money.euros("13600000"), "DG CONNECT");
		projects.addBudgetLine(PROGRAMME, LocalizedText.of("en", "Networks of contact points"), 2016,
				Money.euros("2000000"), null);
		projects.createProject(project("test-programme-epic", "TESTEPIC", PROGRAMME));
		projects.createProgramme(CROWDED, LocalizedText.of("en", "Test Crowded Programme"), LocalizedText.empty(),
				null, null);
		for (int i = 1; i <= ProjectService.PAGE_SIZE + 1; i++) {
			projects.createProject(project("test-programme-crowd-" + i, "TESTCROWD" + i, CROWDED));
		}
		related.link(new ItemRef(ItemType.PROGRAMME, PROGRAMME), new ItemRef(ItemType.PROJECT, "test-programme-epic"),
				LinkKind.RELATED, null);
		related.link(new ItemRef(ItemType.PROGRAMME, PROGRAMME), new ItemRef(ItemType.PROGRAMME, CROWDED),
				LinkKind.SEE_ALSO, null);
	}

	private static NewProject project(String slug, String acronym, String programme) {
		return new NewProject(slug, acronym, LocalizedText.of("en", "Project " + acronym), null, programme, null, null,
				null, null, null, null, null, List.of("NZ"), null, null, null, null);
	}

	@Test
	void showsDescriptionBudgetLinesAndProjects() {
		Document html = get("/en/programmes/" + PROGRAMME);
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.selectFirst("h1").text()).isEqualTo("Test Horizon 2020");
		assertThat(html.select(".prose p").eachText()).containsExactly("The EU research and innovation programme.",
				"It ran for seven years.");
		Element budget = html.selectFirst("table.data-table");
		assertThat(budget.selectFirst("caption").text()).isEqualTo("Budget lines of Test Horizon 2020");
		assertThat(budget.select("thead th[scope=col]").eachText()).containsExactly("Budget line", "Year", "Amount",
				"Managed by");
		assertThat(budget.select("tbody tr").eachText()).containsExactly(
				"International cooperation in ICT 2018 €13,600,000 DG CONNECT",
				"Networks of contact points 2016 €2,000,000");
		assertThat(html.select("li.card h3 a").eachAttr("href")).containsExactly("/en/projects/test-programme-epic");
		assertThat(html.selectFirst("li.card").text()).contains("New Zealand");
	}

	@Test
	void linksToTheFilteredListWhenThereAreMoreProjectsThanOnePage() {
		Document html = get("/en/programmes/" + CROWDED);
		assertThat(html.select("li.card")).hasSize(ProjectService.PAGE_SIZE);
		assertThat(html.select("a[href=/en/projects?programme=" + CROWDED + "]").text())
			.isEqualTo("See all 21 projects of this programme");
		assertThat(html.select("table.data-table")).isEmpty();
		assertThat(get("/en/programmes/" + PROGRAMME).select("a[href^=/en/projects?programme=]")).isEmpty();
	}

	@Test
	void showsBreadcrumbsRelatedContentAndSeeAlso() {
		Document html = get("/en/programmes/" + PROGRAMME);
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Projects",
				"Test Horizon 2020");
		assertThat(html.select("section.related a").eachAttr("href"))
			.containsExactly("/en/projects/test-programme-epic");
		assertThat(html.select("section.see-also a").eachAttr("href")).containsExactly("/en/programmes/" + CROWDED);
	}

	@Test
	void speaksHungarianOnHungarianPages() {
		Document html = get("/hu/programmes/" + PROGRAMME);
		assertThat(html.selectFirst("h1").text()).isEqualTo("Teszt Horizont 2020");
		assertThat(html.selectFirst("#budget-heading").text()).isEqualTo("Költségvetés");
		assertThat(html.selectFirst("#projects-heading").text()).isEqualTo("Finanszírozott projektek");
		assertThat(html.selectFirst(".prose").attr("lang")).isEqualTo("en");
		assertThat(html.selectFirst(".prose .fallback-note")).isNotNull();
	}

	@Test
	void answersNotFoundForAnUnknownProgramme() {
		assertThat(new PortalClient(port).fetch("/en/programmes/test-programme-no-such").statusCode()).isEqualTo(404);
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

}
