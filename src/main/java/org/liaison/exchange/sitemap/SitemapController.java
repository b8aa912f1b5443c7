package org.liaison.exchange.sitemap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.ContentService;
import org.liaison.content.Document;
import org.liaison.content.NewsItem;
import org.liaison.content.Page;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectPage;
import org.liaison.project.ProjectService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9) with an {@code xhtml:link hreflang} alternate for every
 * portal language on each address, and {@code /robots.txt} pointing at it. Projects and news are
 * read in chunks and written as they come; one sitemap holds {@value #MAX_URLS} addresses at most.
 */
@RestController
class SitemapController {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** The protocol's limit for one sitemap file. */
	static final int MAX_URLS = 50_000;

	private static final int CHUNK = 500;

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final PortalLanguages languages;

	private final GeographyService geography;

	private final PartnerService partners;

	private final ProjectService projects;

	private final DialogueService dialogues;

	private final ContentService content;

	SitemapController(PortalLanguages languages, GeographyService geography, PartnerService partners,
			ProjectService projects, DialogueService dialogues, ContentService content) {
		this.languages = languages;
		this.geography = geography;
		this.partners = partners;
		this.projects = projects;
		this.dialogues = dialogues;
		this.content = content;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots(HttpServletRequest request) {
		return "User-agent: *\nDisallow: /admin/\nDisallow: /login\nDisallow: /account/\n\nSitemap: " + base(request)
				+ "/sitemap.xml\n";
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = response.getOutputStream();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
			Urls urls = new Urls(xml, base(request), languages.languages());
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "urlset", SITEMAP);
			xml.writeDefaultNamespace(SITEMAP);
			xml.writeNamespace("xhtml", XHTML);
			for (String path : List.of("", "regions", "partners", "projects", "dialogues", "news", "documents")) {
				urls.add(path, null);
			}
			for (Region region : geography.regions()) {
				urls.add("regions/" + region.getCode(), null);
			}
			for (Partner partner : partners.allPartners(languages.defaultLanguage())) {
				urls.add("partners/" + partner.getSlug(), null);
			}
			for (DialogueSeries series : dialogues.allSeries()) {
				urls.add("dialogues/" + series.getSlug(), null);
			}
			for (Document document : content.publishedDocuments()) {
				urls.add("documents/" + document.getSlug(), null);
			}
			for (Page page : content.publishedPages()) {
				urls.add("pages/" + page.getSlug(), null);
			}
			org.springframework.data.domain.Page<NewsItem> news;
			int newsPage = 1;
			do {
				news = content.latestNews(newsPage++, CHUNK);
				for (NewsItem item : news) {
					urls.add("news/" + item.getSlug(), item.getPublishedOn());
				}
			}
			while (news.hasNext() && !urls.full());
			ProjectPage chunk;
			int projectPage = 1;
			do {
				chunk = projects.find(ProjectFilter.none(), projectPage++, CHUNK);
				for (Project project : chunk.projects()) {
					urls.add("projects/" + project.getSlug(), null);
				}
			}
			while (chunk.hasNext() && !urls.full());
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write the sitemap", ex);
		}
	}

	private static String base(HttpServletRequest request) {
		return BaseUrl.of(request);
	}

	/** Writes each address once per language, each with all its language versions as alternates. */
	private static final class Urls {

		private final XMLStreamWriter xml;

		private final String base;

		private final List<String> languages;

		private int count;

		Urls(XMLStreamWriter xml, String base, List<String> languages) {
			this.xml = xml;
			this.base = base;
			this.languages = languages;
		}

		boolean full() {
			return count + languages.size() > MAX_URLS;
		}

		void add(String path, LocalDate lastModified) throws XMLStreamException {
			if (full()) {
				return;
			}
			for (String language : languages) {
				xml.writeStartElement(SITEMAP, "url");
				xml.writeStartElement(SITEMAP, "loc");
				xml.writeCharacters(url(language, path));
				xml.writeEndElement();
				if (lastModified != null) {
					xml.writeStartElement(SITEMAP, "lastmod");
					xml.writeCharacters(lastModified.toString());
					xml.writeEndElement();
				}
				for (String alternate : languages) {
					xml.writeEmptyElement(XHTML, "link");
					xml.writeAttribute("rel", "alternate");
					xml.writeAttribute("hreflang", alternate);
					xml.writeAttribute("href", url(alternate, path));
				}
				xml.writeEndElement();
				count++;
			}
		}

		private String url(String language, String path) {
			return base + "/" + language + (path.isEmpty() ? "/" : "/" + path);
		}

	}

}
