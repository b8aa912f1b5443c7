package org.liaison.api.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.common.PublicationStatus;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing news with an API token of an editor or administrator, through the back office's own
 * {@link NewsEditor}: the same checks, revisions and audit events as an edit in the back office.
 */
@RestController
@Tag(name = "News")
@SecurityRequirement(name = "token")
class NewsWriteController {

	private final NewsEditor editor;

	private final ApiRequests requests;

	private final Etags etags;

	NewsWriteController(NewsEditor editor, ApiRequests requests, Etags etags) {
		this.editor = editor;
		this.requests = requests;
		this.etags = etags;
	}

	@PostMapping("/api/v1/news")
	@Transactional
	@Operation(summary = "Write a news item", description = "Created as a draft, then moved along the workflow to "
			+ "`status` when one is given. Needs a token with the editor or administrator role.")
	ResponseEntity<NewsJson> create(@Valid @RequestBody NewsInput input,
			@Parameter(description = "Language of texts in the answer, or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		NewsItem item;
		try {
			item = editor.create(draft(input));
		}
		catch (NewsEditor.SlugTakenException ex) {
			throw ApiException.conflict("A news item with slug '" + input.slug() + "' exists already");
		}
		item = moveTo(item, input.status());
		NewsJson body = NewsJson.of(item, language);
		return ResponseEntity.created(URI.create("/api/v1/news/" + item.getSlug())).eTag(etags.of(body)).body(body);
	}

	@PutMapping("/api/v1/news/{slug}")
	@Transactional
	@Operation(summary = "Replace a news item's texts and date, and move its status",
			description = "Finds the item in any status. With If-Match, refused (412) when it has changed since it "
					+ "was read with the same lang.")
	ResponseEntity<NewsJson> update(@PathVariable String slug, @Valid @RequestBody NewsInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "Language of texts in the answer (and of the ETag If-Match is compared with), or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		NewsItem item = require(slug);
		etags.requireMatch(ifMatch, NewsJson.of(item, language));
		try {
			item = editor.update(item.getId(), item.getVersion(), draft(input));
		}
		catch (NewsEditor.SlugTakenException ex) {
			throw ApiException.conflict("A news item with slug '" + input.slug() + "' exists already");
		}
		item = moveTo(item, input.status());
		NewsJson body = NewsJson.of(item, language);
		return ResponseEntity.ok().eTag(etags.of(body)).body(body);
	}

	@DeleteMapping("/api/v1/news/{slug}")
	@Transactional
	@Operation(summary = "Delete a news item", description = "In any status; its history is kept.")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "The lang the If-Match ETag was read with") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		NewsItem item = require(slug);
		etags.requireMatch(ifMatch, NewsJson.of(item, requests.language(lang, acceptLanguage)));
		editor.delete(item.getId());
		return ResponseEntity.noContent().build();
	}

	private NewsItem require(String slug) {
		return editor.findBySlug(slug).orElseThrow(() -> ApiException.notFound("news item", slug));
	}

	/** Moves the item step by step along the workflow's shortest path to {@code status}. */
	private NewsItem moveTo(NewsItem item, String status) {
		if (status == null) {
			return item;
		}
		PublicationStatus target = PublicationStatus.valueOf(status.toUpperCase(Locale.ROOT));
		NewsItem current = item;
		for (PublicationStatus step : path(current.getStatus(), target)) {
			current = editor.move(current.getId(), current.getVersion(), step);
		}
		return current;
	}

	static List<PublicationStatus> path(PublicationStatus from, PublicationStatus to) {
		Map<PublicationStatus, PublicationStatus> previous = new EnumMap<>(PublicationStatus.class);
		Deque<PublicationStatus> queue = new ArrayDeque<>(List.of(from));
		previous.put(from, from);
		while (!queue.isEmpty()) {
			PublicationStatus at = queue.removeFirst();
			for (PublicationStatus next : at.next()) {
				if (!previous.containsKey(next)) {
					previous.put(next, at);
					queue.addLast(next);
				}
			}
		}
		List<PublicationStatus> steps = new ArrayList<>();
		for (PublicationStatus at = to; at != from; at = previous.get(at)) {
			steps.add(0, at);
		}
		return steps;
	}

	private static NewsEditor.Draft draft(NewsInput input) {
		return new NewsEditor.Draft(input.slug(), LocalizedText.of(input.title()), text(input.teaser()),
				text(input.body()), input.publishedOn());
	}

	private static LocalizedText text(Map<String, String> texts) {
		return (texts == null) ? LocalizedText.empty() : LocalizedText.of(texts);
	}

}
