package org.liaison.exchange.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.liaison.exchange.ExchangeService;
import org.liaison.project.Project;
import org.liaison.project.ProjectService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.iati.IatiImportIntegrationTests.child;
import static org.liaison.exchange.iati.IatiImportIntegrationTests.children;
import static org.liaison.exchange.iati.IatiImportIntegrationTests.text;

/**
 * The IATI export of the demo data plus a project imported from IATI and one from CORDIS, checked
 * against the official 2.03 schema. A context of its own: the imports would show in other tests.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.iati.reporting-org-name=Liaison export test")
class IatiExportIntegrationTests {

	static final Path CORDIS_RECORD = Path.of("src/test/resources/cordis/xml/263570.xml");

	@LocalServerPort
	int port;

	@Autowired
	ExchangeService exchange;

	@Autowired
	ProjectService projects;

	PortalClient http;

	@BeforeEach
	void setUp() throws IOException {
		http = new PortalClient(port);
		// idempotent: the second and later runs change nothing
		assertThat(exchange.importIati(IatiImportIntegrationTests.SAMPLE).hasRefusals()).isFalse();
		assertThat(exchange.importCordis(CORDIS_RECORD).hasRejections()).isFalse();
	}

	@Test
	void everyProjectIsAnActivityValidAgainstTheIati203Schema() throws Exception {
		HttpResponse<String> response = http.fetch("/opendata/iati-activities.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/xml").containsIgnoringCase("charset=UTF-8"));
		String xml = response.body();
		assertThat(IatiSchema.get().check(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "export.xml"))
			.isEmpty();
		Document document = dom(xml);
		List<Element> activities = children(document.getDocumentElement(), "iati-activity");
		Matcher undated = Pattern.compile("<!-- (\\d+) projects without any date").matcher(xml);
		long leftOut = undated.find() ? Long.parseLong(undated.group(1)) : 0;
		assertThat(activities.size() + leftOut).isEqualTo(projects.publishedProjectCount());
		assertThat(activities.size()).isGreaterThan(10);
		assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.03");

		Project cordis = projects.importedProject("cordis", cordisGrantId()).orElseThrow();
		Element fromCordis = activity(activities, "XI-IATI-LIAISON-" + cordis.getSlug());
		assertThat(text(child(child(fromCordis, "title"), "narrative"))).isEqualTo(cordis.getTitle().textFor("en"));
		assertThat(child(fromCordis, "reporting-org").getAttribute("secondary-reporter")).isEmpty();
		assertThat(text(child(child(fromCordis, "reporting-org"), "narrative"))).isEqualTo("Liaison export test");
		assertThat(children(fromCordis, "participating-org")).hasSize(cordis.getParticipations().size())
			.allSatisfy(org -> assertThat(org.getAttribute("role")).isEqualTo("4"));
		Element wazihub = activity(activities, "XI-IATI-LIAISON-wazihub");
		assertThat(children(wazihub, "recipient-country")).extracting(c -> c.getAttribute("code"))
			.containsExactly("KE", "UG", "TZ", "ZA", "MZ", "SN", "GH");
		assertThat(child(wazihub, "activity-status").getAttribute("code")).isEqualTo("4");
	}

	@Test
	void anImportedActivityComesBackWithWhatItSaid() throws Exception {
		Document document = dom(http.fetch("/opendata/iati-activities.xml?country=af").body());
		List<Element> activities = children(document.getDocumentElement(), "iati-activity");
		Element activity = activity(activities, IatiImportIntegrationTests.SAMPLE_ID);
		assertThat(activities).hasSize(1);
		assertThat(activity.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
		assertThat(child(activity, "reporting-org").getAttribute("secondary-reporter")).isEqualTo("1");
		assertThat(children(child(activity, "title"), "narrative")).extracting(n -> n.getAttributeNS(XMLConstants.XML_NS_URI, "lang") + "|" + text(n))
			.containsExactlyInAnyOrder("|Activity title", "fr|Titre de l'activité", "es|Título de la actividad");
		assertThat(children(activity, "description")).extracting(d -> d.getAttribute("type")).containsExactly("1", "2");
		assertThat(children(activity, "participating-org")).extracting(o -> o.getAttribute("ref") + "|" + o.getAttribute("role")
				+ "|" + o.getAttribute("type") + "|" + text(child(o, "narrative")))
			.containsExactly("BB-BBB-123456789|1|40|Name of Agency B", "CC-CCC-123456789|2|10|Name of Agency C",
					"AA-AAA-123456789|3|21|Name of Agency A");
		assertThat(child(activity, "activity-status").getAttribute("code")).isEqualTo("2");
		assertThat(children(activity, "activity-date")).extracting(d -> d.getAttribute("type") + "|" + d.getAttribute("iso-date"))
			.containsExactly("1|2012-04-15", "2|2012-04-28", "3|2015-12-31");
		assertThat(text(child(child(activity, "contact-info"), "website"))).isEqualTo("http://www.example.org");
		assertThat(children(activity, "recipient-country")).extracting(c -> c.getAttribute("code") + "|" + c.getAttribute("percentage"))
			.containsExactly("AF|25", "AG|25");
		assertThat(children(activity, "recipient-region")).extracting(r -> r.getAttribute("vocabulary") + "|" + r.getAttribute("code")
				+ "|" + r.getAttribute("percentage"))
			.containsExactly("1|489|25", "99|A1|25");
		assertThat(children(activity, "sector")).extracting(s -> s.getAttribute("vocabulary") + "|" + s.getAttribute("code"))
			.containsExactlyInAnyOrder("2|111", "2|112", "99|A1");
		Element budget = child(activity, "budget");
		assertThat(budget.getAttribute("type") + "|" + budget.getAttribute("status")).isEqualTo("1|1");
		assertThat(child(budget, "period-start").getAttribute("iso-date")).isEqualTo("2014-01-01");
		assertThat(child(budget, "value").getAttribute("currency")).isEqualTo("EUR");
		assertThat(text(child(budget, "value"))).isEqualTo("3000.00");
	}

	@Test
	void keepsThePortalsFiltersAndRefusesUnknownValues() throws Exception {
		List<Element> kenya = children(dom(http.fetch("/opendata/iati-activities.xml?country=ke").body()).getDocumentElement(),
				"iati-activity");
		assertThat(kenya).isNotEmpty().allSatisfy(a -> assertThat(children(a, "recipient-country"))
			.extracting(c -> c.getAttribute("code")).contains("KE"));
		List<String> ids = new ArrayList<>();
		kenya.forEach(a -> ids.add(text(child(a, "iati-identifier"))));
		assertThat(ids).contains("XI-IATI-LIAISON-wazihub").doesNotContain(IatiImportIntegrationTests.SAMPLE_ID);
		HttpResponse<String> unknown = http.fetch("/opendata/iati-activities.xml?country=zz");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("country 'ZZ'");
	}

	@Test
	void theOpenDataPageLinksTheExport() throws Exception {
		String page = http.fetch("/en/opendata").body();
		assertThat(page).contains("href=\"/opendata/iati-activities.xml\"").contains("Projects as IATI activities");
		assertThat(http.fetch("/hu/opendata").body()).contains("Projektek IATI-tevékenységekként");
	}

	private String cordisGrantId() throws Exception {
		Document record = IatiImportIntegrationTests.dom(CORDIS_RECORD);
		NodeList ids = record.getDocumentElement().getChildNodes();
		for (int i = 0; i < ids.getLength(); i++) {
			if (ids.item(i) instanceof Element e && e.getLocalName().equals("id")) {
				return text(e);
			}
		}
		throw new AssertionError("no grant id in " + CORDIS_RECORD);
	}

	private static Element activity(List<Element> activities, String identifier) {
		return activities.stream().filter(a -> text(child(a, "iati-identifier")).equals(identifier)).findFirst()
			.orElseThrow(() -> new AssertionError("no activity " + identifier));
	}

	private static Document dom(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
