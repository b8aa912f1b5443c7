package org.liaison.content.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.common.PublicationStatus;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview of a news item that is not public yet: only for signed-in staff, in each language, and
 * exactly the page the public will get once it is published, apart from the banner.
 */
@LiaisonIntegrationTest
class NewsPreviewIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NewsEditor editor;

	@Autowired
	AccountService accounts;

	@Test
	void previewsADraftInEachLanguageAsThePublicPageWillShowIt() {
		NewsItem item = editor.create(new NewsEditor.Draft("zebrafinch-preview-item",
				LocalizedText.of(Map.of("en", "Zebrafinch preview in English", "hu", "Zebrapinty előnézet magyarul")),
				LocalizedText.of(Map.of("en", "An English teaser", "hu", "Magyar bevezető")),
				LocalizedText.of(Map.of("en", "The **English** body.", "hu", "A **magyar** szöveg.")),
				LocalDate.of(2001, 1, 15)));
		accounts.create("preview-viewer", "a long enough password", Role.VIEWER, false);
		AdminClient staff = new AdminClient(port);
		staff.signIn("preview-viewer", "a long enough password");
		PortalClient anonymous = new PortalClient(port);
		String preview = "/admin/news/" + item.getId() + "/preview/";

		Document english = staff.page(preview + "en");
		assertThat(english.select(".preview-banner").text()).isEqualTo("Preview — not published");
		assertThat(english.select("h1").text()).isEqualTo("Zebrafinch preview in English");
		assertThat(english.select("article strong").text()).isEqualTo("English");
		Document hungarian = staff.page(preview + "hu");
		assertThat(hungarian.select(".preview-banner").text()).isEqualTo("Előnézet — nincs közzétéve");
		assertThat(hungarian.select("h1").text()).isEqualTo("Zebrapinty előnézet magyarul");
		assertThat(hungarian.selectFirst("html").attr("lang")).isEqualTo("hu");
		assertThat(HtmlChecker.errors(staff.get(preview + "en").body())).isEmpty();
		assertThat(staff.get(preview + "en").headers().firstValue("X-Robots-Tag")).contains("noindex");
		assertThat(staff.get(preview + "en").headers().firstValue("Cache-Control").orElse(""))
			.contains("no-store");
		assertThat(staff.get(preview + "de").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/news/999999/preview/en").statusCode()).isEqualTo(404);

		// not public, and not for anyone who is not signed in
		assertThat(anonymous.fetch("/en/news/zebrafinch-preview-item").statusCode()).isEqualTo(404);
		HttpResponse<String> refused = anonymous.fetch(preview + "en");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		NewsItem inReview = editor.move(item.getId(), item.getVersion(), PublicationStatus.IN_REVIEW);
		editor.move(item.getId(), inReview.getVersion(), PublicationStatus.PUBLISHED);
		for (String language : List.of("en", "hu")) {
			Document previewed = Jsoup.parse(staff.get(preview + language).body(), "http://localhost:" + port);
			previewed.select(".preview-banner").remove();
			Document published = Jsoup.parse(anonymous.fetch("/" + language + "/news/zebrafinch-preview-item").body(),
					"http://localhost:" + port);
			assertThat(published.select(".preview-banner")).isEmpty();
			assertThat(previewed.outerHtml()).as("preview in " + language).isEqualTo(published.outerHtml());
		}
	}

}
