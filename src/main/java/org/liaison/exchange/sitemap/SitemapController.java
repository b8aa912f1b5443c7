package org.liaison.exchange.sitemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PortalLanguages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9) with an {@code xhtml:link hreflang} alternate for every
 * portal language on each address, and {@code /robots.txt} pointing at it. One sitemap holds at most
 * {@code liaison.sitemap.max-urls} addresses (the protocol's limit, 50,000, by default): past that,
 * {@code /sitemap.xml} is a sitemap index of {@code /sitemap-1.xml}, {@code /sitemap-2.xml}… Addresses
 * are read in chunks and written as they come.
 */
@RestController
class SitemapController {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final PortalLanguages languages;

	private final SitemapAddresses addresses;

	private final int maxUrls;

	SitemapController(PortalLanguages languages, SitemapAddresses addresses,
			@Value("${liaison.sitemap.max-urls:50000}") int maxUrls) {
		if (maxUrls < languages.languages().size()) {
			throw new IllegalArgumentException("liaison.sitemap.max-urls must be at least the number of portal "
					+ "languages (" + languages.languages().size() + "), not " + maxUrls);
		}
		this.languages = languages;
		this.addresses = addresses;
		this.maxUrls = maxUrls;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots(HttpServletRequest request) {
		return "User-agent: *\nDisallow: /admin/\nDisallow: /login\nDisallow: /account/\n\nSitemap: " + base(request)
				+ "/sitemap.xml\n";
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
		int files = files();
		if (files == 1) {
			write(response, 0, maxUrls, base(request));
			return;
		}
		xml(response, xml -> {
			xml.writeStartElement("", "sitemapindex", SITEMAP);
			xml.writeDefaultNamespace(SITEMAP);
			for (int number = 1; number <= files; number++) {
				xml.writeStartElement(SITEMAP, "sitemap");
				xml.writeStartElement(SITEMAP, "loc");
				xml.writeCharacters(base(request) + "/sitemap-" + number + ".xml");
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	@GetMapping("/sitemap-{number:\\d{1,6}}.xml")
	void part(@PathVariable int number, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (number < 1 || number > files()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No sitemap " + number);
		}
		long from = (long) (number - 1) * perFile();
		write(response, from, from + perFile(), base(request));
	}

	/** How many sitemap files the addresses need; a whole page's language versions stay in one file. */
	private int files() {
		long pages = addresses.pageCount();
		return (int) Math.max(1, (pages + pagesPerFile() - 1) / pagesPerFile());
	}

	private int pagesPerFile() {
		return maxUrls / languages.languages().size();
	}

	/** Addresses in one file: whole pages, each in every language. */
	private long perFile() {
		return (long) pagesPerFile() * languages.languages().size();
	}

	private void write(HttpServletResponse response, long from, long to, String base) throws IOException {
		xml(response, xml -> {
			xml.writeStartElement("", "urlset", SITEMAP);
			xml.writeDefaultNamespace(SITEMAP);
			xml.writeNamespace("xhtml", XHTML);
			addresses.forEach(new Urls(xml, base, languages.languages(), from, to));
			xml.writeEndElement();
		});
	}

	private static void xml(HttpServletResponse response, XmlBody body) throws IOException {
		response.setContentType(MediaType.APPLICATION_XML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(response.getOutputStream(), "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
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

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	/**
	 * Writes the addresses numbered {@code from} (inclusive) to {@code to} (exclusive) in the order
	 * they are offered, each with all its language versions as alternates.
	 */
	private static final class Urls implements SitemapAddresses.Visitor {

		private final XMLStreamWriter xml;

		private final String base;

		private final List<String> languages;

		private final long from;

		private final long to;

		private long index;

		Urls(XMLStreamWriter xml, String base, List<String> languages, long from, long to) {
			this.xml = xml;
			this.base = base;
			this.languages = languages;
			this.from = from;
			this.to = to;
		}

		@Override
		public boolean wantsMore() {
			return index < to;
		}

		@Override
		public long pagesToSkip() {
			return Math.max(0, (from - index) / languages.size());
		}

		@Override
		public void skip(long pages) {
			index += pages * languages.size();
		}

		@Override
		public void add(String path, java.time.LocalDate lastModified) {
			for (String language : languages) {
				if (index >= from && index < to) {
					write(language, path, lastModified);
				}
				index++;
			}
		}

		private void write(String language, String path, java.time.LocalDate lastModified) {
			try {
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
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException("Could not write the sitemap", ex);
			}
		}

		private String url(String language, String path) {
			return base + "/" + language + (path.isEmpty() ? "/" : "/" + path);
		}

	}

}
