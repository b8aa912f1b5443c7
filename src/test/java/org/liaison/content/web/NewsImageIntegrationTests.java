package org.liaison.content.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.content.PageEditor;
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
 * An image for a news item through the back office: a PNG is stored by its hash and served with long
 * cache headers and its type; HTML renamed .png, a missing alt text and a file over the limit are
 * refused with a message saying so, and the item keeps what it had.
 */
@LiaisonIntegrationTest
class NewsImageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	NewsEditor editor;

	@Autowired
	AccountService accounts;

	@Autowired
	PageEditor pages;

	@Test
	void storesServesAndShowsAPngAndRefusesWhatIsNotOne() throws IOException {
		NewsItem item = editor.create(new NewsEditor.Draft("kestrel-image-item",
				LocalizedText.of(Map.of("en", "Kestrel image item", "hu", "Vércse kép")), LocalizedText.empty(),
				LocalizedText.of("en", "Body."), LocalDate.of(2001, 2, 1)));
		accounts.create("image-editor", "a long enough password", Role.EDITOR, false);
		AdminClient client = new AdminClient(port);
		client.signIn("image-editor", "a long enough password");
		String edit = "/admin/news/" + item.getId();
		String token = client.csrfToken(edit);

		// HTML pretending to be a PNG
		HttpResponse<String> html = upload(client, edit, token, Map.of("alt[en]", "A kestrel"), "kestrel.png",
				"image/png", "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(html.body()).select("#image-error").text()).isEqualTo(
				"The file “kestrel.png” is not an image: it contains text such as HTML or SVG. Upload a JPEG, PNG or WebP image.");
		assertThat(Jsoup.parse(html.body()).select("#image-alt-en").attr("value")).isEqualTo("A kestrel");

		// no alt text in any language
		HttpResponse<String> noAlt = upload(client, edit, token, Map.of("alt[en]", " ", "alt[hu]", ""), "kestrel.png",
				"image/png", png(64, 48));
		assertThat(noAlt.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(noAlt.body()).select("#image-error").text())
			.isEqualTo("Give the image an alt text in at least one language.");

		// over the limit (5 MB by default)
		byte[] huge = Arrays.copyOf(png(64, 48), 5 * 1024 * 1024 + 1);
		HttpResponse<String> tooLarge = upload(client, edit, token, Map.of("alt[en]", "A kestrel"), "huge.png",
				"image/png", huge);
		assertThat(tooLarge.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(tooLarge.body()).select("#image-error").text())
			.isEqualTo("The file “huge.png” is too large: images may be at most 5 MB.");
		assertThat(editor.find(item.getId()).orElseThrow().getImage()).isNull();

		// a real PNG, sent as something else: its content decides
		byte[] picture = png(64, 48);
		HttpResponse<String> accepted = upload(client, edit, token,
				Map.of("alt[en]", "A kestrel hovering", "alt[hu]", "Lebegő vércse"), "photo.bin",
				"application/octet-stream", picture);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		NewsItem illustrated = editor.find(item.getId()).orElseThrow();
		String src = illustrated.getImage().src();
		assertThat(src).matches("/media/[0-9a-f]{64}\\.png");
		assertThat(illustrated.getImage().width()).isEqualTo(64);

		HttpResponse<String> served = new PortalClient(port).fetch(src);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(served.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000")
			.contains("immutable")
			.contains("public");
		assertThat(new PortalClient(port).fetch(src.replace(".png", ".jpg")).statusCode()).isEqualTo(404);
		assertThat(new PortalClient(port).fetch("/media/..%2Fpostgres%2FPG_VERSION").statusCode()).isIn(400, 404);

		Document form = client.page(edit);
		assertThat(form.select(".image-current img").attr("src")).isEqualTo(src);
		assertThat(HtmlChecker.errors(client.get(edit).body())).isEmpty();

		// shown on the public page with its alt text, in each language
		NewsItem inReview = editor.move(item.getId(), illustrated.getVersion(), PublicationStatus.IN_REVIEW);
		editor.move(item.getId(), inReview.getVersion(), PublicationStatus.PUBLISHED);
		Element english = new PortalClient(port).get("/en/news/kestrel-image-item").selectFirst(".news-image img");
		assertThat(english.attr("src")).isEqualTo(src);
		assertThat(english.attr("alt")).isEqualTo("A kestrel hovering");
		assertThat(english.attr("width")).isEqualTo("64");
		assertThat(new PortalClient(port).get("/hu/news/kestrel-image-item").selectFirst(".news-image img").attr("alt"))
			.isEqualTo("Lebegő vércse");

		// a new alt text only, then removal
		String fresh = client.csrfToken(edit);
		HttpResponse<String> altOnly = upload(client, edit, fresh, Map.of("alt[en]", "A kestrel over a field"), null,
				null, null);
		assertThat(altOnly.statusCode()).isEqualTo(302);
		assertThat(editor.find(item.getId()).orElseThrow().getImage().alt().textFor("en"))
			.isEqualTo("A kestrel over a field");
		assertThat(client.submit(edit, edit + "/image/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(editor.find(item.getId()).orElseThrow().getImage()).isNull();
		// the file stays: another item, or a cached page, may still show it
		assertThat(new PortalClient(port).fetch(src).statusCode()).isEqualTo(200);
	}

	@Test
	void aPageHasAnImageWithItsAltTextToo() throws IOException {
		org.liaison.content.Page page = pages.create(new PageEditor.Draft("kestrel-image-page",
				LocalizedText.of("en", "Kestrel image page"), LocalizedText.of("en", "About kestrels."),
				LocalizedText.of("en", "Body.")));
		accounts.create("page-image-editor", "a long enough password", Role.EDITOR, false);
		AdminClient client = new AdminClient(port);
		client.signIn("page-image-editor", "a long enough password");
		String edit = "/admin/pages/" + page.getId();

		Map<String, String> noAlt = new java.util.LinkedHashMap<>(Map.of("alt[en]", " ", "_csrf", client.csrfToken(edit)));
		noAlt.put("version", String.valueOf(page.getVersion()));
		HttpResponse<String> refused = client.postMultipart(edit + "/image", noAlt, "file", "kestrel.png", "image/png",
				png(40, 30));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select("#image-error").text())
			.isEqualTo("Give the image an alt text in at least one language.");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("alt[en]", "A kestrel on a post",
				"_csrf", client.csrfToken(edit)));
		fields.put("version", String.valueOf(page.getVersion()));
		assertThat(client.postMultipart(edit + "/image", fields, "file", "kestrel.png", "image/png", png(40, 30))
			.statusCode()).isEqualTo(302);
		org.liaison.content.Page illustrated = pages.find(page.getId()).orElseThrow();
		assertThat(illustrated.getImage().width()).isEqualTo(40);
		assertThat(client.page(edit).select(".image-current img").attr("src")).isEqualTo(illustrated.getImage().src());

		org.liaison.content.Page inReview = pages.move(page.getId(), illustrated.getVersion(), PublicationStatus.IN_REVIEW);
		pages.move(page.getId(), inReview.getVersion(), PublicationStatus.PUBLISHED);
		Element shown = new PortalClient(port).get("/en/pages/kestrel-image-page").selectFirst("figure img");
		assertThat(shown.attr("src")).isEqualTo(illustrated.getImage().src());
		assertThat(shown.attr("alt")).isEqualTo("A kestrel on a post");

		assertThat(client.submit(edit, edit + "/image/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(pages.find(page.getId()).orElseThrow().getImage()).isNull();
		assertThat(new PortalClient(port).get("/en/pages/kestrel-image-page").select("figure img")).isEmpty();
	}

	private HttpResponse<String> upload(AdminClient client, String edit, String token, Map<String, String> alt,
			String name, String type, byte[] content) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(alt);
		fields.put("_csrf", token);
		fields.put("version", String.valueOf(editor.find(Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1)))
			.orElseThrow()
			.getVersion()));
		return client.postMultipart(edit + "/image", fields, name == null ? null : "file", name, type, content);
	}

	static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			image.setRGB(x, x * height / width, 0xc0392b);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
