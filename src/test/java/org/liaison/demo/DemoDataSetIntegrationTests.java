package org.liaison.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.content.NewsItem;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.Programme;
import org.liaison.project.Project;
import org.liaison.project.ProjectService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The demo data set as the application loads it on its first start, read back through the services. */
@LiaisonIntegrationTest
@Transactional
class DemoDataSetIntegrationTests {

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	GeographyService geography;

	@Autowired
	PartnerService partners;

	@Autowired
	ProjectService projects;

	@Autowired
	DialogueService dialogues;

	@Autowired
	ContentService content;

	@Autowired
	RelatedContentService related;

	@Autowired
	DemoDataSet dataSet;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void loadsTheSevenPolicyGoalsVerbatimInOrder() {
		assertThat(englishNames(Vocabulary.POLICY_GOALS)).containsExactly(
				"Strengthen the economic and industrial competitiveness of the EU ICT industry",
				"Establish globally a favourable environment for European business and research with an increased focus on reciprocity",
				"Improve market access conditions in the ICT sector in third countries",
				"Promote the use of international standards and interoperability of technologies",
				"Strengthen the EU's excellence and attractiveness in research and innovation",
				"Tackle global societal challenges", "Support the EU's external policies");
		assertThat(taxonomy.terms(Vocabulary.POLICY_GOALS))
			.allSatisfy(goal -> assertThat(goal.getName().in("hu")).isPresent());
	}

	@Test
	void loadsTheFourDigital4DevelopmentPrioritiesVerbatimInOrder() {
		assertThat(englishNames(Vocabulary.D4D_PRIORITIES)).containsExactly(
				"Access to affordable digital infrastructure", "Digital skills & literacy", "Digital entrepreneurship",
				"Digital as an enabler for achieving the sustainable development goals");
	}

	@Test
	void loadsTheTwelveProjectsOfHorizon2020() {
		List<String> slugs = List.of("isooko", "fanfar", "sams", "yaksha", "wazihub", "go-ga", "epica", "picasso",
				"discovery", "idealist2018", "epic", "ist-africa");

		assertThat(projects.projectCount()).isEqualTo(12);
		assertThat(slugs).allSatisfy(slug -> assertThat(projects.project(slug))
			.hasValueSatisfying(p -> assertThat(p.getProgramme().getSlug()).isEqualTo("horizon-2020")));
	}

	@Test
	void keepsWazihubsSevenCountriesInThePagesOrder() {
		Project wazihub = projects.project("wazihub").orElseThrow();

		assertThat(wazihub.getCountries()).extracting(Country::getCode)
			.containsExactly("KE", "UG", "TZ", "ZA", "MZ", "SN", "GH");
		assertThat(wazihub.termsOf(Vocabulary.THEMES)).extracting(Term::getSlug)
			.contains("internet-of-things", "big-data");
	}

	@Test
	void keepsTheAustraliaNewsInHungarianOnly() {
		NewsItem news = content.publishedNews("eu-australia-accelerate-digital-cooperation").orElseThrow();

		assertThat(news.getTitle().languages()).containsExactly("hu");
		assertThat(news.getTitle().in("en")).isEmpty();
		assertThat(news.getTitle().in("hu")).hasValue("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(news.getTeaser().in("hu")).hasValue(
				"2024. június 12-én az Európai Unió és Ausztrália virtuálisan megtartotta második digitális párbeszédét.");
		assertThat(news.getPublishedOn()).isEqualTo(LocalDate.of(2024, 6, 12));
		assertThat(news.getPartners()).extracting(Partner::getSlug).containsExactly("australia");
	}

	@Test
	void recordsTheSecondEuAustraliaDigitalDialogueAsHeldVirtually() {
		Meeting second = dialogues.meeting("eu-australia-digital-dialogue", 2).orElseThrow();

		assertThat(second.getStartsAt().toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 12));
		assertThat(second.getStartsAt().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(second.getStartsAt().getZone()).isEqualTo(ZoneId.of("Europe/Brussels"));
		assertThat(second.isVirtual()).isTrue();
		assertThat(second.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(second.getSeries().getPartners()).extracting(Partner::getSlug).containsExactly("australia");
	}

	@Test
	void recordsTheBudgetLineOf13Point6MillionEurosIn2018() {
		Programme horizon2020 = projects.programme("horizon-2020").orElseThrow();

		assertThat(projects.budgetLines(horizon2020)).singleElement().satisfies(line -> {
			assertThat(line.getYear()).isEqualTo(2018);
			assertThat(line.getAmount().amount()).isEqualByComparingTo(new BigDecimal("13600000"));
			assertThat(line.getAmount().currency()).isEqualTo("EUR");
			assertThat(line.getManagedBy()).isEqualTo("DG CONNECT");
			assertThat(line.getAmount().format("en")).isEqualTo("€13,600,000");
		});
	}

	@Test
	void resolvesThePagesRelatedContentAndSeeAlsoLinks() {
		ItemRef page = ItemRef.parse("page:regional-and-bilateral-relations");

		assertThat(related.linksFrom(page, LinkKind.RELATED)).extracting(ItemSummary::path)
			.containsExactly("pages/foreign-policy");
		assertThat(related.linksFrom(page, LinkKind.SEE_ALSO)).extracting(s -> s.title().textFor("hu"))
			.containsExactly("Az EU szomszédai", "Afrika", "Globális internet és telekommunikáció",
					"Ázsia–csendes-óceáni térség");
	}

	@Test
	void resolvesEveryLinkOfTheDataSet() throws Exception {
		String yaml = new ClassPathResource(DemoDataSet.RESOURCE).getContentAsString(StandardCharsets.UTF_8);

		for (DemoData.LinkEntry link : DemoDataReader.read(DemoDataSet.RESOURCE, yaml).links()) {
			assertThat(related.linksFrom(link.source(), link.kind())).as(link.toString())
				.extracting(ItemSummary::ref)
				.contains(link.target());
		}
	}

	@Test
	void placesPartnersInTheirRegions() {
		assertThat(partners.partnersInRegion("asia-pacific", "en")).extracting(Partner::getSlug)
			.contains("australia", "japan", "new-zealand", "singapore", "indonesia", "vietnam");
		assertThat(partners.partnersInRegion("africa", "en")).extracting(Partner::getSlug).contains("african-union",
				"kenya");
		assertThat(geography.region("eu-neighbours").orElseThrow().getCountries()).hasSize(22);
	}

	@Test
	void loadsNothingOnTheNextStart() {
		long projectCount = projects.projectCount();
		int partnerCount = partners.allPartners("en").size();
		int termCount = taxonomy.terms(Vocabulary.THEMES).size();

		assertThat(loader.loadOnFirstStart()).isEmpty();

		assertThat(projects.projectCount()).isEqualTo(projectCount);
		assertThat(partners.allPartners("en")).hasSize(partnerCount);
		assertThat(taxonomy.terms(Vocabulary.THEMES)).hasSize(termCount);
		assertThat(markers()).isEqualTo(1);
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED) // the loader's own transaction must roll its marker back
	void loadsNothingIntoADatabaseThatHoldsDataWithoutTheMarker() {
		jdbc.update("delete from data_set_load where name = ?", DemoDataLoader.MARKER);
		try {
			assertThat(loader.loadOnFirstStart()).isEmpty();

			assertThat(projects.projectCount()).isEqualTo(12);
			assertThat(markers()).isZero();
		}
		finally {
			jdbc.update("insert into data_set_load (name) values (?)", DemoDataLoader.MARKER);
		}
	}

	@Test
	void touchesNothingWhenTurnedOff() {
		jdbc.update("delete from data_set_load where name = ?", DemoDataLoader.MARKER);
		DemoDataLoader turnedOff = new DemoDataLoader(new DemoSettings(false), dataSet, jdbc, transactionManager);

		assertThat(turnedOff.loadOnFirstStart()).isEmpty();

		assertThat(markers()).isZero();
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void leavesNothingBehindWhenAnItemClashesWithStoredData() {
		String clashing = """
				vocabularies:
				  - {code: sdgs, name: {en: Sustainable development goals}}
				projects:
				  - {slug: wazihub, acronym: WAZIHUB, title: {en: A second WAZIHUB}}
				""";

		assertThatIllegalArgumentException().isThrownBy(() -> dataSet.load("clash.yaml", clashing))
			.withMessage("clash.yaml: projects[0]: A project with slug 'wazihub' exists already");
		assertThat(taxonomy.vocabulary("sdgs")).isEmpty();
	}

	private int markers() {
		return jdbc.queryForObject("select count(*) from data_set_load where name = ?", Integer.class,
				DemoDataLoader.MARKER);
	}

	private List<String> englishNames(String vocabulary) {
		return taxonomy.terms(vocabulary).stream().map(t -> t.getName().in("en").orElseThrow()).toList();
	}

}
