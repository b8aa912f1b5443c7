package org.liaison.api.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.liaison.content.NewsItem;
import org.liaison.partner.Partner;

/**
 * A news item. {@code body} is Markdown. {@code status} is always {@code published} on public reads;
 * writes answer with the item in whatever status it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "News")
record NewsJson(@Schema(example = "eu-australia-digital-dialogue") String slug, Text title, Text teaser,
		@Schema(description = "Markdown") Text body, LocalDate publishedOn,
		@Schema(allowableValues = { "draft", "in_review", "published", "archived" }) String status,
		@Schema(description = "Slugs of the partners it is about") List<String> partners,
		List<ProjectJson.TermRef> terms, String portalUrl) {

	static NewsJson of(NewsItem item, ApiLanguage language) {
		return new NewsJson(item.getSlug(), Text.of(item.getTitle(), language), Text.of(item.getTeaser(), language),
				Text.of(item.getBody(), language), item.getPublishedOn(),
				item.getStatus().name().toLowerCase(Locale.ROOT),
				item.getPartners().stream().map(Partner::getSlug).sorted().toList(),
				item.getTerms().stream().map(t -> new ProjectJson.TermRef(t.getVocabulary().getCode(), t.getSlug()))
					.sorted(Comparator.comparing(ProjectJson.TermRef::vocabulary).thenComparing(ProjectJson.TermRef::slug))
					.toList(),
				item.isPublic() ? language.portalUrl("news/" + item.getSlug()) : null);
	}

}
