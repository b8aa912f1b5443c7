package org.liaison.insight;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner briefings, as a printable page and as a real PDF, and the partner's story on its page. */
@LiaisonIntegrationTest
class BriefingIntegrationTests {

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void pdfBriefingHasTextBookmarksPageNumbersAndEmbeddedFonts() throws IOException {
		HttpResponse<byte[]> response = pdf("/en/partners/australia/briefing.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Briefing: Australia", "Key figures", "EU–Australia Digital Dialogue",
					"Meeting 2", "EPIC", "Az EU és Ausztrália felgyorsítja digitális együttműködését");
			assertThat(text).contains("1 / " + document.getNumberOfPages());
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).contains("Summary", "Key figures", "Last and next meetings", "Agreements", "News");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					assertThat(font.getName()).contains("DejaVuSans");
				}
			}
		}
	}

	@Test
	void hungarianBriefingKeepsEveryLetter() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf("/hu/partners/australia/briefing.pdf").body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Háttéranyag: Ausztrália", "Főbb számok", "Legutóbbi és következő ülések")
				.doesNotContain("#");
		}
	}

	@Test
	void printableBriefingIsAValidPageWithAllSections() {
		Document briefing = http.get("/en/partners/kenya/briefing");
		assertThat(briefing.select("h1").text()).isEqualTo("Briefing: Kenya");
		assertThat(briefing.select("h2").eachText()).contains("Summary", "Key figures", "Last and next meetings",
				"Agreements", "News");
		assertThat(briefing.select(".chart-table tbody tr")).isNotEmpty();
		assertThat(briefing.select("#projects a").eachText()).contains("WAZIHUB", "ISOOKO");
		assertThat(HtmlChecker.errors(http.fetch("/en/partners/kenya/briefing").body())).isEmpty();
		assertThat(http.fetch("/en/partners/atlantis/briefing.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void partnerPageShowsKeyFiguresAndAFilterableTimeline() {
		Document australia = http.get("/en/partners/australia");
		assertThat(australia.select(".figure-list li").eachText()).anySatisfy(t -> assertThat(t).contains("projects in all"));
		assertThat(australia.select(".key-figures dd").first().text()).contains("June 12, 2024");
		List<String> kinds = australia.select(".timeline .timeline-kind").eachText();
		assertThat(kinds).contains("Meeting", "News", "Project starts");
		Document news = http.get("/en/partners/australia?kind=news");
		assertThat(news.select(".timeline .timeline-kind").eachText()).isNotEmpty().allMatch("News"::equals);
		assertThat(http.fetch("/en/partners/australia?kind=nonsense").statusCode()).isEqualTo(404);
		Document kenya = http.get("/en/partners/kenya");
		assertThat(kenya.select(".figure-list .figure").first().text()).isEqualTo("0");
		assertThat(kenya.select(".timeline a").eachText()).contains("WAZIHUB");
	}

	private HttpResponse<byte[]> pdf(String path) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}


	@Test
	void dialogueBriefingIsAPrintablePageAndAPdfInTheReadersLanguage() throws IOException {
		Document briefing = http.get("/en/dialogues/eu-australia-digital-dialogue/briefing");
		assertThat(briefing.select("h1").text()).isEqualTo("Briefing: EU–Australia Digital Dialogue");
		assertThat(briefing.select("h2").eachText()).contains("Summary", "Coming meetings",
				"Meetings held, with their outcomes", "News");
		assertThat(briefing.select("#meetings").text()).contains("Meeting 2", "accelerate their digital cooperation");
		assertThat(briefing.select("#commitments")).isEmpty();
		assertThat(HtmlChecker.errors(http.fetch("/en/dialogues/eu-australia-digital-dialogue/briefing").body())).isEmpty();
		// the news item exists in Hungarian only: marked as such on the English page
		assertThat(briefing.select("#news [lang=hu]").text()).contains("Az EU és Ausztrália felgyorsítja");
		assertThat(http.get("/en/dialogues/eu-australia-digital-dialogue").select("a[href$=/briefing]")).isNotEmpty();

		try (PDDocument document = Loader.loadPDF(pdf("/hu/dialogues/eu-australia-digital-dialogue/briefing.pdf").body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Háttéranyag: EU–Ausztrália digitális párbeszéd", "Megtartott ülések és eredményeik",
					"Az EU és Ausztrália felgyorsítja digitális együttműködését").doesNotContain("#");
			List<String> bookmarks = new ArrayList<>();
			for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).contains("Összefoglaló", "Következő ülések");
		}
		assertThat(http.fetch("/en/dialogues/atlantis/briefing").statusCode()).isEqualTo(404);
	}

}
