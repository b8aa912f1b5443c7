package org.liaison.content;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.admin.ScheduledPublisher;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerEditor;
import org.liaison.partner.PartnerKind;
import org.liaison.project.Project;
import org.liaison.project.ProjectEditor;
import org.liaison.dialogue.internal.MutableClock;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditEvent;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;
import org.liaison.common.PublicationStatus;
import org.liaison.common.ScheduleException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing at a date and time, on a clock the test moves: nothing is public before its time, then
 * the scheduler publishes it (audited, searchable, on the portal); two schedulers running at once
 * publish each item once; a time in the past or one skipped by the clocks is refused.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.publishing.initial-delay=PT10H")
class ScheduledPublishingIntegrationTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 10, 8, 0, 0, 0, BRUSSELS);

	static final MutableClock CLOCK = new MutableClock(START.toInstant(), BRUSSELS);

	@Autowired
	NewsEditor editor;

	@Autowired
	PageEditor pages;

	@Autowired
	DocumentEditor documents;

	@Autowired
	ScheduledPublisher publisher;

	@Autowired
	PartnerEditor partners;

	@Autowired
	ProjectEditor projects;

	@Autowired
	SearchService search;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@Test
	void publishesAtTheScheduledTimeAuditedAndSearchable() {
		CLOCK.set(START);
		NewsItem item = inReview("quokkaschedule-launch", "Quokkaschedule launch in Perth");
		// 10:30 in Budapest is 10:30 in Brussels too; 09:30 UTC
		NewsItem scheduled = editor.schedule(item.getId(), item.getVersion(), LocalDateTime.of(2027, 3, 10, 10, 30),
				ZoneId.of("Europe/Budapest"));
		assertThat(scheduled.getScheduledFor()).isEqualTo(ZonedDateTime.of(2027, 3, 10, 10, 30, 0, 0,
				ZoneId.of("Europe/Budapest")));

		CLOCK.set(START.withHour(10).withMinute(29));
		assertThat(publisher.publishDue()).isZero();
		assertThat(editor.find(item.getId()).orElseThrow().getStatus()).isEqualTo(PublicationStatus.IN_REVIEW);
		assertThat(found("quokkaschedule")).isZero();
		assertThat(new PortalClient(port).fetch("/en/news/quokkaschedule-launch").statusCode()).isEqualTo(404);

		CLOCK.set(START.withHour(10).withMinute(30));
		assertThat(publisher.publishDue()).isEqualTo(1);
		NewsItem published = editor.find(item.getId()).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(published.getScheduledFor()).isNull();
		assertThat(found("quokkaschedule")).isEqualTo(1);
		assertThat(new PortalClient(port).get("/en/news/quokkaschedule-launch").select("h1").text())
			.contains("Quokkaschedule launch in Perth");
		List<AuditEvent> events = audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "news:" + item.getId(), 1)
			.getContent();
		assertThat(events).hasSize(1);
		assertThat(events.get(0).getDetails()).contains("2027-03-10T10:30+01:00[Europe/Budapest]");
		assertThat(editor.history(item.getId())).last()
			.satisfies(entry -> assertThat(entry.snapshot().status()).isEqualTo(PublicationStatus.PUBLISHED));

		// a later run does not publish it again
		CLOCK.set(START.withHour(12));
		assertThat(publisher.publishDue()).isZero();
		assertThat(audit.search(null, AuditAction.PUBLISH, "news:" + item.getId(), 1).getTotalElements()).isEqualTo(1);
	}

	@Test
	void twoSchedulersAtOncePublishEachItemOnce() throws Exception {
		CLOCK.set(START);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			NewsItem item = inReview("twin-node-item-" + i, "Twin node item " + i);
			editor.schedule(item.getId(), item.getVersion(), LocalDateTime.of(2027, 3, 11, 9, i), BRUSSELS);
			ids.add(item.getId());
		}
		CLOCK.set(START.plusDays(1).withHour(9).withMinute(30));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> run = publisher::publishDue;
			List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run, run, run));
			int total = 0;
			for (Future<Integer> result : runs) {
				total += result.get();
			}
			assertThat(total).isEqualTo(12);
		}
		finally {
			nodes.shutdown();
		}
		for (Long id : ids) {
			assertThat(editor.find(id).orElseThrow().getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "news:" + id, 1).getTotalElements())
				.as("publish events of news:" + id)
				.isEqualTo(1);
		}
	}

	@Test
	void refusesTimesInThePastOrSkippedByTheClocksAndItemsNotInReview() {
		CLOCK.set(START);
		NewsItem item = inReview("schedule-refusals", "Schedule refusals");
		assertThatThrownBy(() -> editor.schedule(item.getId(), item.getVersion(), LocalDateTime.of(2027, 3, 10, 7, 59),
				BRUSSELS))
			.isInstanceOfSatisfying(ScheduleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("admin.schedule.past"));
		// 28 March 2027, 02:30 does not exist in Brussels: the clocks go from 02:00 to 03:00
		assertThatThrownBy(() -> editor.schedule(item.getId(), item.getVersion(), LocalDateTime.of(2027, 3, 28, 2, 30),
				BRUSSELS))
			.isInstanceOfSatisfying(ScheduleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("admin.schedule.gap"));
		NewsItem draft = editor.create(new NewsEditor.Draft("schedule-a-draft", LocalizedText.of("en", "A draft"),
				LocalizedText.empty(), LocalizedText.empty(), LocalDate.of(2027, 3, 10)));
		assertThatThrownBy(() -> editor.schedule(draft.getId(), draft.getVersion(), LocalDateTime.of(2027, 4, 1, 9, 0),
				BRUSSELS))
			.isInstanceOf(IllegalStateException.class);
		assertThat(editor.find(item.getId()).orElseThrow().getScheduledFor()).isNull();
	}

	@Test
	void anEditorSchedulesAndCancelsThroughTheBackOffice() {
		CLOCK.set(START);
		NewsItem item = inReview("schedule-through-the-form", "Scheduled through the form");
		accounts.create("schedule-editor", "a long enough password", Role.EDITOR, false);
		AdminClient client = new AdminClient(port);
		client.signIn("schedule-editor", "a long enough password");
		String edit = "/admin/news/" + item.getId();

		HttpResponse<String> past = client.submit(edit, edit + "/schedule",
				Map.of("at", "2027-03-09T09:00", "zone", "Europe/Brussels"));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("The time must be in the future.").contains("value=\"2027-03-09T09:00\"");
		HttpResponse<String> badZone = client.submit(edit, edit + "/schedule",
				Map.of("at", "2027-03-12T09:00", "zone", "Mars/Olympus"));
		assertThat(badZone.statusCode()).isEqualTo(422);
		assertThat(badZone.body()).contains("Choose a time zone from the list.");

		HttpResponse<String> scheduled = client.submit(edit, edit + "/schedule",
				Map.of("at", "2027-03-12T09:00", "zone", "Asia/Tokyo"));
		assertThat(scheduled.statusCode()).isEqualTo(302);
		assertThat(client.page(edit).select(".scheduled-note").text())
			.isEqualTo("Scheduled to be published on 2027-03-12 at 09:00 (Asia/Tokyo).");
		assertThat(client.page(edit).select("#schedule-zone option[selected]").attr("value")).isEqualTo("Asia/Tokyo");

		assertThat(client.submit(edit, edit + "/unschedule", Map.of()).statusCode()).isEqualTo(302);
		assertThat(client.page(edit).select(".scheduled-note")).isEmpty();
		assertThat(editor.find(item.getId()).orElseThrow().getScheduledFor()).isNull();
	}

	@Test
	void pagesAndDocumentsArePublishedAtTheirTimeToo() {
		CLOCK.set(START);
		Page page = pages.create(new PageEditor.Draft("quokkaschedule-page", LocalizedText.of("en", "Quokkaschedule page"),
				LocalizedText.empty(), LocalizedText.of("en", "The body of the page")));
		assertThatThrownBy(() -> pages.schedule(page.getId(), page.getVersion(), LocalDateTime.of(2027, 3, 10, 11, 0),
				BRUSSELS))
			.as("a draft is not scheduled")
			.isInstanceOf(IllegalStateException.class);
		Page inReview = pages.move(page.getId(), page.getVersion(), PublicationStatus.IN_REVIEW);
		assertThatThrownBy(() -> pages.schedule(page.getId(), inReview.getVersion(), LocalDateTime.of(2027, 3, 10, 7, 0),
				BRUSSELS))
			.isInstanceOfSatisfying(ScheduleException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("admin.schedule.past"));
		pages.schedule(page.getId(), inReview.getVersion(), LocalDateTime.of(2027, 3, 10, 11, 0), BRUSSELS);
		Document document = documents.create(new DocumentEditor.Draft("quokkaschedule-paper", DocumentKind.REPORT,
				LocalizedText.of("en", "Quokkaschedule paper"), LocalizedText.empty(), LocalizedText.empty(),
				LocalDate.of(2027, 3, 1), "DG CONNECT", null));
		Document documentInReview = documents.move(document.getId(), document.getVersion(), PublicationStatus.IN_REVIEW);
		documents.schedule(document.getId(), documentInReview.getVersion(), LocalDateTime.of(2027, 3, 10, 11, 0),
				ZoneId.of("Europe/Budapest"));

		CLOCK.set(START.withHour(10).withMinute(59));
		assertThat(publisher.publishDue()).isZero();
		assertThat(new PortalClient(port).fetch("/en/pages/quokkaschedule-page").statusCode()).isEqualTo(404);

		CLOCK.set(START.withHour(11));
		assertThat(publisher.publishDue()).isEqualTo(2);
		assertThat(pages.find(page.getId()).orElseThrow()).satisfies(p -> {
			assertThat(p.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(p.getScheduledFor()).isNull();
		});
		assertThat(documents.find(document.getId()).orElseThrow().getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(new PortalClient(port).get("/en/pages/quokkaschedule-page").select("h1").text())
			.contains("Quokkaschedule page");
		assertThat(audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "page:" + page.getId(), 1).getContent())
			.singleElement().satisfies(event -> assertThat(event.getDetails()).contains("2027-03-10T11:00+01:00[Europe/Brussels]"));
		assertThat(audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "document:" + document.getId(), 1)
			.getTotalElements()).isEqualTo(1);
		CLOCK.set(START.withHour(12));
		assertThat(publisher.publishDue()).isZero();
	}

	@Test
	void anEditorSchedulesAPageThroughTheBackOffice() {
		CLOCK.set(START);
		Page page = pages.create(new PageEditor.Draft("page-scheduled-through-the-form",
				LocalizedText.of("en", "Page scheduled through the form"), LocalizedText.empty(), LocalizedText.empty()));
		pages.move(page.getId(), page.getVersion(), PublicationStatus.IN_REVIEW);
		accounts.create("page-schedule-editor", "a long enough password", Role.EDITOR, false);
		AdminClient client = new AdminClient(port);
		client.signIn("page-schedule-editor", "a long enough password");
		String edit = "/admin/pages/" + page.getId();

		HttpResponse<String> past = client.submit(edit, edit + "/schedule",
				Map.of("at", "2027-03-09T09:00", "zone", "Europe/Brussels"));
		assertThat(past.statusCode()).isEqualTo(422);
		assertThat(past.body()).contains("The time must be in the future.").contains("value=\"2027-03-09T09:00\"");
		assertThat(HtmlChecker.errors(past.body())).isEmpty();

		assertThat(client.submit(edit, edit + "/schedule", Map.of("at", "2027-03-12T09:00", "zone", "Asia/Tokyo"))
			.statusCode()).isEqualTo(302);
		assertThat(client.page(edit).select(".scheduled-note").text())
			.isEqualTo("Scheduled to be published on 2027-03-12 at 09:00 (Asia/Tokyo).");
		assertThat(client.submit(edit, edit + "/unschedule", Map.of()).statusCode()).isEqualTo(302);
		assertThat(client.page(edit).select(".scheduled-note")).isEmpty();
		assertThat(pages.find(page.getId()).orElseThrow().getScheduledFor()).isNull();
	}

	@Test
	void theProfilesOfPartnersAndProjectsArePublishedAtTheirTimeToo() {
		CLOCK.set(START);
		Partner partner = partners.create(new PartnerEditor.Draft("quokkaprofile-council", PartnerKind.ORGANISATION, null,
				LocalizedText.of("en", "Quokkaprofile Council"), LocalizedText.empty(), LocalizedText.empty(), false, null,
				List.of("africa")));
		assertThat(partner.getPublicationStatus()).isEqualTo(PublicationStatus.DRAFT);
		assertThatThrownBy(() -> partners.schedule(partner.getId(), partner.getVersion(),
				LocalDateTime.of(2027, 3, 10, 11, 0), BRUSSELS))
			.as("a draft is not scheduled")
			.isInstanceOf(IllegalStateException.class);
		Partner partnerInReview = partners.move(partner.getId(), partner.getVersion(), PublicationStatus.IN_REVIEW);
		partners.schedule(partner.getId(), partnerInReview.getVersion(), LocalDateTime.of(2027, 3, 20, 11, 0), BRUSSELS);
		Project project = projects.create(new ProjectEditor.Draft("quokkaprofile-project", "QUOKKAPROF", null,
				LocalizedText.of("en", "Quokkaprofile project"), null, null, "horizon-2020", null, null, null, null, null,
				null, List.of("KE"), null, null));
		Project projectInReview = projects.move(project.getId(), project.getVersion(), PublicationStatus.IN_REVIEW);
		projects.schedule(project.getId(), projectInReview.getVersion(), LocalDateTime.of(2027, 3, 20, 12, 0),
				ZoneId.of("Europe/Budapest"));

		// what other tests left scheduled before then is published first
		CLOCK.set(START.plusDays(10).withHour(10).withMinute(59));
		publisher.publishDue();
		assertThat(partners.find(partner.getId()).orElseThrow().getPublicationStatus())
			.isEqualTo(PublicationStatus.IN_REVIEW);
		PortalClient portal = new PortalClient(port);
		assertThat(portal.fetch("/en/partners/quokkaprofile-council").statusCode()).isEqualTo(404);
		CLOCK.set(START.plusDays(10).withHour(11));
		assertThat(publisher.publishDue()).isEqualTo(1);
		assertThat(portal.get("/en/partners/quokkaprofile-council").select("h1").text()).contains("Quokkaprofile Council");
		assertThat(portal.fetch("/en/projects/quokkaprofile-project").statusCode()).isEqualTo(404);
		assertThat(found("quokkaprofile")).isEqualTo(1);
		CLOCK.set(START.plusDays(10).withHour(12));
		assertThat(publisher.publishDue()).isEqualTo(1);
		assertThat(projects.find(project.getId()).orElseThrow()).satisfies(p -> {
			assertThat(p.getPublicationStatus()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(p.getScheduledFor()).isNull();
		});
		assertThat(portal.get("/en/projects/quokkaprofile-project").select("h1").text()).contains("QUOKKAPROF");
		assertThat(found("quokkaprofile")).isEqualTo(2);
		assertThat(audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "partner:" + partner.getId(), 1).getContent())
			.singleElement().satisfies(event -> assertThat(event.getDetails()).contains("2027-03-20T11:00+01:00[Europe/Brussels]"));
		assertThat(audit.search(ScheduledPublisher.ACTOR, AuditAction.PUBLISH, "project:" + project.getId(), 1)
			.getTotalElements()).isEqualTo(1);
		assertThat(partners.history(partner.getId())).last()
			.satisfies(entry -> assertThat(entry.field("status")).isEqualTo(PublicationStatus.PUBLISHED));
	}

	private NewsItem inReview(String slug, String title) {
		NewsItem item = editor.create(new NewsEditor.Draft(slug, LocalizedText.of("en", title),
				LocalizedText.of("en", "A teaser"), LocalizedText.of("en", "The body of " + title),
				LocalDate.of(2027, 3, 10)));
		return editor.move(item.getId(), item.getVersion(), PublicationStatus.IN_REVIEW);
	}

	private long found(String word) {
		return search.search(SearchRequest.of(word, "en")).total();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		MutableClock clock() {
			return CLOCK;
		}

	}

}
