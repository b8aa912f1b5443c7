package org.liaison.exchange.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsItem;

/**
 * News as an Atom (RFC 4287) feed, written with the JDK's StAX writer. Each entry's id is a tag URI
 * (RFC 4151) built from the news item's database id, so it survives a change of slug or title;
 * titles and summaries in a fallback language carry their own {@code xml:lang}.
 */
final class NewsFeed {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private NewsFeed() {
	}

	/**
	 * @param tagAuthority the tag URIs' authority and date ("liaison.example.org,2026")
	 * @param feedId this feed's own tag-URI specific part ("news", "partners/japan")
	 * @param self the feed's own absolute URL
	 * @param alternate the portal page the feed follows
	 * @param baseUrl scheme, host and port of the portal
	 */
	static String of(String title, String language, String tagAuthority, String feedId, String self,
			String alternate, String author, List<NewsItem> news, String baseUrl) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "feed", ATOM);
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
			element(xml, "id", "tag:" + tagAuthority + ":feeds/" + feedId);
			element(xml, "title", title);
			element(xml, "updated", timestamp(news.stream().map(NewsItem::getPublishedOn).max(LocalDate::compareTo)
				.orElse(LocalDate.of(2000, 1, 1))));
			link(xml, "self", self, "application/atom+xml");
			link(xml, "alternate", alternate, "text/html");
			xml.writeStartElement(ATOM, "author");
			element(xml, "name", author);
			xml.writeEndElement();
			xml.writeStartElement(ATOM, "generator");
			xml.writeCharacters("Liaison");
			xml.writeEndElement();
			for (NewsItem item : news) {
				entry(xml, item, language, tagAuthority, baseUrl);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the feed '" + feedId + "'", ex);
		}
		return out.toString();
	}

	static String entryId(String tagAuthority, NewsItem item) {
		return "tag:" + tagAuthority + ":news/" + item.getId();
	}

	private static void entry(XMLStreamWriter xml, NewsItem item, String language, String tagAuthority,
			String baseUrl) throws XMLStreamException {
		xml.writeStartElement(ATOM, "entry");
		element(xml, "id", entryId(tagAuthority, item));
		text(xml, "title", item.getTitle(), language);
		String date = timestamp(item.getPublishedOn());
		element(xml, "published", date);
		element(xml, "updated", date);
		link(xml, "alternate", baseUrl + "/" + language + "/news/" + item.getSlug(), "text/html");
		if (!item.getTeaser().isEmpty()) {
			text(xml, "summary", item.getTeaser(), language);
		}
		xml.writeEndElement();
	}

	/** A text construct; {@code xml:lang} when the text is in another language than the feed's. */
	private static void text(XMLStreamWriter xml, String name, LocalizedText text, String language)
			throws XMLStreamException {
		LocalizedText.Resolved resolved = text.resolve(language).orElseThrow();
		xml.writeStartElement(ATOM, name);
		xml.writeAttribute("type", "text");
		if (resolved.isFallback()) {
			xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", resolved.language());
		}
		xml.writeCharacters(resolved.text());
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/** A news item's date as an RFC 3339 timestamp: midnight UTC of that day. */
	static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	static Instant instant(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
