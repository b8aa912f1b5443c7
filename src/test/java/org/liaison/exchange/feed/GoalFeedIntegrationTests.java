package org.liaison.exchange.feed;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** News per policy goal: the Atom feed, and the goal page's link to it. */
@LiaisonIntegrationTest
class GoalFeedIntegrationTests {

	static final String NEWS = "eu-australia-accelerate-digital-cooperation";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void feedHasTheNewsTaggedWithTheGoalAndNoOther() throws Exception {
		assertThat(entryLinks("/feeds/goals/market-access.atom")).isEmpty();
		int tagged = jdbc.update("""
				insert into news_item_term (news_item_id, term_id)
				select n.id, t.id from news_item n, term t join vocabulary v on v.id = t.vocabulary_id
				where n.slug = ? and v.code = 'policy-goals' and t.slug = 'market-access'
				""", NEWS);
		assertThat(tagged).isEqualTo(1);
		try {
			List<String> links = entryLinks("/feeds/goals/market-access.atom?lang=hu");
			assertThat(links).containsExactly("http://localhost:" + port + "/hu/news/" + NEWS);
			assertThat(entryLinks("/feeds/goals/research-excellence.atom")).isEmpty();
		}
		finally {
			jdbc.update("""
					delete from news_item_term where news_item_id = (select id from news_item where slug = ?)
					  and term_id = (select t.id from term t join vocabulary v on v.id = t.vocabulary_id
					                 where v.code = 'policy-goals' and t.slug = 'market-access')
					""", NEWS);
		}
	}

	@Test
	void unknownGoalIsNotFound() {
		assertThat(http.fetch("/feeds/goals/world-peace.atom").statusCode()).isEqualTo(404);
		assertThat(http.fetch("/feeds/goals/5g.atom").statusCode()).as("a theme is not a goal").isEqualTo(404);
	}

	@Test
	void goalPageLinksItsFeed() {
		org.jsoup.nodes.Document page = http.get("/en/goals/research-excellence");
		Element alternate = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
		assertThat(alternate).isNotNull();
		assertThat(alternate.attr("href")).isEqualTo("/feeds/goals/research-excellence.atom?lang=en");
		assertThat(page.select("main a[href=/feeds/goals/research-excellence.atom?lang=en]")).hasSize(1);
		assertThat(http.fetch(alternate.attr("href")).statusCode()).isEqualTo(200);
		assertThat(http.get("/en/topics/5g").select("link[type=application/atom+xml]")).isEmpty();
	}

	private List<String> entryLinks(String path) throws Exception {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
		NodeList entries = feed.getElementsByTagNameNS(NewsFeed.ATOM, "entry");
		List<String> links = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			org.w3c.dom.Element link = (org.w3c.dom.Element) ((org.w3c.dom.Element) entries.item(i))
				.getElementsByTagNameNS(NewsFeed.ATOM, "link").item(0);
			links.add(link.getAttribute("href"));
		}
		return links;
	}

}
