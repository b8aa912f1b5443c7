package org.liaison.exchange.opendata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.liaison.content.ContentService;
import org.liaison.content.DocumentKind;
import org.liaison.content.NewsItem;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Page;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dialogues, public meetings, published news and documents as open data. News is read a chunk of
 * {@value #CHUNK} at a time, each chunk in its own read-only transaction; the others in one.
 */
@Configuration(proxyBeanMethods = false)
class ContentListExports {

	static final int CHUNK = 500;

	private final OpenDataRequest requests;

	private final PartnerService partners;

	private final TransactionTemplate readOnly;

	ContentListExports(OpenDataRequest requests, PartnerService partners, PlatformTransactionManager transactions) {
		this.requests = requests;
		this.partners = partners;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Bean
	ListExport dialoguesExport(DialogueService dialogues) {
		return new ListExport("dialogues", DialogueRecord.COLUMNS, List.of("partner"), query -> {
			Partner partner = partner(query);
			return sink -> readOnly.executeWithoutResult(status -> dialogues.allSeriesWithPartners().stream()
				.filter(s -> partner == null || s.getPartners().stream().anyMatch(p -> p.getSlug().equals(partner.getSlug())))
				.forEach(s -> sink.accept(DialogueRecord.of(s, query))));
		});
	}

	@Bean
	ListExport meetingsExport(DialogueService dialogues) {
		return new ListExport("meetings", MeetingRecord.COLUMNS, List.of("dialogue", "partner", "status"), query -> {
			String slug = query.filter("dialogue");
			if (slug != null && dialogues.series(slug).isEmpty()) {
				throw new OpenDataRequest.BadParameterException("dialogue", slug, "is not a dialogue series");
			}
			Partner partner = partner(query);
			MeetingStatus status = (query.filter("status") == null) ? null
					: OpenDataRequest.choice("status", MeetingStatus.class, query.filter("status"));
			return sink -> readOnly.executeWithoutResult(tx -> {
				List<DialogueSeries> series = dialogues.allSeriesWithPartners().stream()
					.filter(s -> slug == null || s.getSlug().equals(slug))
					.filter(s -> partner == null || s.getPartners().stream().anyMatch(p -> p.getSlug().equals(partner.getSlug())))
					.toList();
				Map<Long, List<Meeting>> meetings = dialogues.publicMeetingsOf(series);
				meetings.values().stream().flatMap(List::stream)
					.filter(m -> status == null || m.getStatus() == status)
					.sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
					.forEach(m -> sink.accept(MeetingRecord.of(m, query)));
			});
		});
	}

	@Bean
	ListExport newsExport(ContentService content) {
		return new ListExport("news", NewsRecord.COLUMNS, List.of("partner", "region", "goal", "theme"), query -> {
			Predicate<NewsItem> matches = newsFilter(query);
			return sink -> {
				int number = 1;
				Page<NewsItem> chunk;
				do {
					int page = number++;
					chunk = readOnly.execute(status -> {
						Page<NewsItem> read = content.latestNews(page, CHUNK);
						read.forEach(item -> {
							if (matches.test(item)) {
								sink.accept(NewsRecord.of(item, query));
							}
						});
						return read;
					});
				}
				while (chunk.hasNext());
			};
		});
	}

	@Bean
	ListExport documentsExport(ContentService content) {
		return new ListExport("documents", DocumentRecord.COLUMNS, List.of("kind"), query -> {
			DocumentKind kind = (query.filter("kind") == null) ? null
					: OpenDataRequest.choice("kind", DocumentKind.class, query.filter("kind"));
			return sink -> readOnly.executeWithoutResult(status -> content.publishedDocuments().stream()
				.filter(d -> kind == null || d.getKind() == kind)
				.forEach(d -> sink.accept(DocumentRecord.of(d, query))));
		});
	}

	/** News about the partner, about a partner of the region, tagged with the goal or theme: all that are given. */
	private Predicate<NewsItem> newsFilter(ExportQuery query) {
		Partner partner = partner(query);
		Region region = (query.filter("region") == null) ? null : requests.region("region", query.filter("region"));
		Term goal = (query.filter("goal") == null) ? null
				: requests.term("goal", Vocabulary.POLICY_GOALS, query.filter("goal"));
		Term theme = (query.filter("theme") == null) ? null
				: requests.term("theme", Vocabulary.THEMES, query.filter("theme"));
		List<String> inRegion = (region == null) ? List.of()
				: partners.partnersInRegion(region.getCode(), query.language()).stream().map(Partner::getSlug).toList();
		return item -> (partner == null || item.getPartners().stream().anyMatch(p -> p.getId().equals(partner.getId())))
				&& (region == null || item.getPartners().stream().anyMatch(p -> inRegion.contains(p.getSlug())))
				&& (goal == null || item.getTerms().stream().anyMatch(t -> t.getId().equals(goal.getId())))
				&& (theme == null || item.getTerms().stream().anyMatch(t -> t.getId().equals(theme.getId())));
	}

	private Partner partner(ExportQuery query) {
		String slug = query.filter("partner");
		return (slug == null) ? null : partners.partner(slug)
			.orElseThrow(() -> new OpenDataRequest.BadParameterException("partner", slug, "is not a partner"));
	}

}
