package org.liaison.demo;

import org.liaison.common.ItemType;
import org.liaison.content.DocumentKind;
import org.liaison.common.PublicationStatus;
import org.liaison.demo.DemoData.DocumentEntry;
import org.liaison.demo.DemoData.NewsEntry;
import org.liaison.demo.DemoData.PageEntry;
import org.liaison.taxonomy.Vocabulary;

/** Reads the data set's editorial content: documents, news and pages. */
final class ContentReader {

	private final KnownItems known;

	ContentReader(KnownItems known) {
		this.known = known;
	}

	DocumentEntry document(YamlNode node) {
		node.allowOnly("slug", "kind", "title", "issuedOn", "issuer", "summary", "quote", "url", "status");
		return new DocumentEntry(known.define(node.get("slug"), ItemType.DOCUMENT),
				node.get("kind").choice(DocumentKind.class, null), node.get("title").requireLocalized(),
				node.get("issuedOn").date(), node.get("issuer").text(), node.get("summary").localized(),
				node.get("quote").localized(), node.get("url").text(), status(node));
	}

	/** A news item; it may exist in one language only, as the EU–Australia item exists in Hungarian. */
	NewsEntry news(YamlNode node) {
		node.allowOnly("slug", "title", "teaser", "body", "publishedOn", "partners", "themes", "status");
		String slug = known.define(node.get("slug"), ItemType.NEWS);
		if (node.get("publishedOn").isMissing()) {
			throw node.get("publishedOn").error("is missing; a news item needs its date");
		}
		return new NewsEntry(slug, node.get("title").requireLocalized(), node.get("teaser").localized(),
				node.get("body").localized(), node.get("publishedOn").date(),
				known.allExisting(node.get("partners"), ItemType.PARTNER),
				known.terms(node.get("themes"), Vocabulary.THEMES), status(node));
	}

	PageEntry page(YamlNode node) {
		node.allowOnly("slug", "title", "summary", "body", "status");
		return new PageEntry(known.define(node.get("slug"), ItemType.PAGE), node.get("title").requireLocalized(),
				node.get("summary").localized(), node.get("body").localized(), status(node));
	}

	/** Demo content is published unless the file says otherwise: it is there to be seen. */
	private static PublicationStatus status(YamlNode node) {
		return node.get("status").choice(PublicationStatus.class, PublicationStatus.PUBLISHED);
	}

}
