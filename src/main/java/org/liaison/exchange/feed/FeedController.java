package org.liaison.exchange.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of published news: all ({@code /feeds/news.atom}), about one partner, or about the
 * partners of one region, or tagged with one policy goal. {@code ?lang=hu} picks the language; the newest {@value #FEED_SIZE} items.
 */
@RestController
class FeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	static final int FEED_SIZE = 50;

	private final ContentService content;

	private final PartnerService partners;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final PortalLanguages languages;

	private final MessageSource messages;

	private final String tagAuthority;

	FeedController(ContentService content, PartnerService partners, GeographyService geography,
			TaxonomyService taxonomy, PortalLanguages languages, MessageSource messages,
			@Value("${liaison.feeds.tag-authority:liaison.invalid,2026}") String tagAuthority) {
		this.content = content;
		this.partners = partners;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.languages = languages;
		this.messages = messages;
		this.tagAuthority = tagAuthority;
	}

	@GetMapping("/feeds/news.atom")
	ResponseEntity<String> all(@RequestParam(required = false) String lang, HttpServletRequest request) {
		String language = language(lang);
		return feed(t("exchange.feed.news", language), language, "news", "news",
				content.latestNews(1, FEED_SIZE).getContent(), request);
	}

	@GetMapping("/feeds/partners/{slug}.atom")
	ResponseEntity<String> partner(@PathVariable String slug, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		String language = language(lang);
		Partner partner = partners.partner(slug).orElseThrow(() -> notFound("partner", slug));
		return feed(t("exchange.feed.partner", language, partner.getName().textFor(language)), language,
				"partners/" + slug, "partners/" + slug, content.newsAbout(partner, FEED_SIZE), request);
	}

	@GetMapping("/feeds/regions/{code}.atom")
	ResponseEntity<String> region(@PathVariable String code, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		String language = language(lang);
		Region region = geography.region(code).orElseThrow(() -> notFound("region", code));
		List<Partner> inRegion = partners.partnersInRegion(region.getCode(), language);
		return feed(t("exchange.feed.region", language, region.getName().textFor(language)), language,
				"regions/" + code, "regions/" + code, content.newsAbout(inRegion, FEED_SIZE), request);
	}

	@GetMapping("/feeds/goals/{slug}.atom")
	ResponseEntity<String> goal(@PathVariable String slug, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		String language = language(lang);
		Term goal = taxonomy.term(Vocabulary.POLICY_GOALS, slug).orElseThrow(() -> notFound("policy goal", slug));
		return feed(t("exchange.feed.goal", language, goal.getName().textFor(language)), language, "goals/" + slug,
				"goals/" + slug, content.newsTagged(goal, FEED_SIZE), request);
	}

	private ResponseEntity<String> feed(String title, String language, String feedId, String portalPath,
			List<NewsItem> news, HttpServletRequest request) {
		String base = BaseUrl.of(request);
		String self = ServletUriComponentsBuilder.fromRequest(request).toUriString();
		String body = NewsFeed.of(title, language, tagAuthority, feedId, self, base + "/" + language + "/" + portalPath,
				t("site.name", language), news, base);
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	private String language(String requested) {
		return languages.requested(requested)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No portal language '" + requested + "'"));
	}

	private String t(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

	private static ResponseStatusException notFound(String what, String slug) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " '" + slug + "'");
	}

}
