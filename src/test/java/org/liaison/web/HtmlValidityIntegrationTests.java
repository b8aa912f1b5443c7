package org.liaison.web;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.support.HtmlChecker;
import org.liaison.support.PortalClient;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of public page is valid HTML5, as the W3C's checker sees it. */
@LiaisonIntegrationTest
class HtmlValidityIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/en/", "/hu/", "/en/regions", "/en/regions/africa", "/en/partners", "/en/partners/australia",
			"/en/partners/african-union", "/en/partners/australia?kind=meeting", "/en/partners/australia/briefing", "/hu/partners/kenya/briefing", "/en/countries/ke", "/en/goals", "/en/priorities", "/en/topics",
			"/en/projects", "/hu/projects?region=africa", "/en/projects/wazihub", "/en/programmes/horizon-2020",
			"/en/dialogues", "/en/dialogues/eu-australia-digital-dialogue",
			"/en/dialogues/eu-australia-digital-dialogue/meetings/2", "/en/news",
			"/en/news/eu-australia-accelerate-digital-cooperation", "/en/pages/regional-and-bilateral-relations",
			"/en/documents", "/en/opendata", "/hu/opendata", "/en/no-such-page" })
	void pageIsValidHtml5(String path) {
		String html = new PortalClient(port).fetch(path).body();
		List<String> errors = HtmlChecker.errors(html);
		assertThat(errors).as("HTML errors in " + path).isEmpty();
	}

}
