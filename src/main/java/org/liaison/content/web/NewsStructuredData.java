package org.liaison.content.web;

import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.StructuredData;
import org.liaison.common.web.StructuredData.Node;
import org.liaison.content.NewsItem;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerKind;
import org.liaison.taxonomy.Term;

/** A news page's schema.org JSON-LD: a {@code NewsArticle}, about its partners, in its real language. */
public final class NewsStructuredData {

	private NewsStructuredData() {
	}

	public static String of(NewsItem item, List<Partner> partners, List<Term> topics, PageContext page) {
		String url = page.baseUrl() + page.url("news/" + item.getSlug());
		LocalizedText.Resolved title = item.getTitle().resolve(page.language()).orElseThrow();
		Node node = StructuredData.node("NewsArticle")
			.put("@id", url)
			.put("url", url)
			.put("mainEntityOfPage", url)
			.put("headline", title.text())
			.put("inLanguage", title.language())
			.text("description", item.getTeaser(), page.language())
			.put("datePublished", item.getPublishedOn().toString())
			.put("isAccessibleForFree", true)
			.put("publisher", StructuredData.node("Organization").put("name", page.t("site.name")).put("url",
					page.baseUrl() + "/"))
			.put("about", partners.stream().map(p -> partner(p, page)).toList())
			.put("keywords", topics.stream().map(t -> t.getName().textFor(page.language())).toList());
		return StructuredData.script(node);
	}

	private static Node partner(Partner partner, PageContext page) {
		return StructuredData.node((partner.getKind() == PartnerKind.COUNTRY) ? "Country" : "Organization")
			.text("name", partner.getName(), page.language())
			.put("url", page.baseUrl() + page.url("partners/" + partner.getSlug()));
	}

}
