package org.liaison.web;

import org.liaison.common.web.Portal;

import java.util.List;

import org.liaison.admin.Previews;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.insight.InsightService;
import org.liaison.insight.PartnerStory;
import org.liaison.insight.TimelineEntry;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerKind;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Everything about one partner on one page: its dialogues and their meetings, agreements, the
 * projects in the country (or, for an organisation, in its regions), news and related content.
 */
@Controller
class PartnerPageController {

	static final int PROJECTS_SHOWN = 20;

	static final int NEWS_SHOWN = 5;

	private final PartnerService partners;

	private final DialogueService dialogues;

	private final ProjectService projects;

	private final ContentService content;

	private final RelatedContentService related;

	private final InsightService insight;

	private final CommitmentService commitments;

	private final Previews previews;

	PartnerPageController(PartnerService partners, DialogueService dialogues, ProjectService projects,
			ContentService content, RelatedContentService related, InsightService insight,
			CommitmentService commitments, Previews previews) {
		this.previews = previews;
		this.commitments = commitments;
		this.partners = partners;
		this.dialogues = dialogues;
		this.projects = projects;
		this.content = content;
		this.related = related;
		this.insight = insight;
	}

	@GetMapping(Portal.LANG + "/partners")
	String partners(@ModelAttribute("page") PageContext page, Model model) {
		List<Partner> all = partners.allPartners(page.language());
		model.addAttribute("strategic", all.stream().filter(Partner::isStrategic).toList());
		model.addAttribute("countries",
				all.stream().filter(p -> !p.isStrategic() && p.getKind() == PartnerKind.COUNTRY).toList());
		model.addAttribute("organisations",
				all.stream().filter(p -> !p.isStrategic() && p.getKind() == PartnerKind.ORGANISATION).toList());
		model.addAttribute("crumbs",
				List.of(new Crumb(page.t("nav.home"), page.url("")), Crumb.here(page.t("nav.partners"))));
		return "web/partners";
	}

	@GetMapping(Portal.LANG + "/partners/{slug}")
	String partner(@ModelAttribute("page") PageContext page, @PathVariable String slug,
			@RequestParam(name = "kind", required = false) String kind, java.security.Principal staff,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		Partner partner = partners.partner(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return fill(page, partner, kind, staff, response, model);
	}

	/**
	 * A partner's profile in any status as its public page will show it, in one of the portal's
	 * languages, with a "not published" banner. Under {@code /admin}: signed-in staff only, never cached
	 * or indexed.
	 */
	@GetMapping("/admin/partners/{id:\\d{1,18}}/preview/{lang}")
	String preview(@PathVariable long id, @PathVariable String lang, java.security.Principal staff,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			Model model) {
		Partner partner = partners.anyPartner(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PageContext page = previews.page(lang, "partners/" + partner.getSlug(), request, response);
		model.addAttribute("page", page);
		model.addAttribute("preview", true);
		return fill(page, partner, null, staff, response, model);
	}

	private String fill(PageContext page, Partner partner, String kind, java.security.Principal staff,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		ItemRef ref = new ItemRef(ItemType.PARTNER, partner.getSlug());
		List<DialogueSeries> series = dialogues.seriesWith(partner);
		ProjectFilter projectFilter = projectFilterFor(partner);
		model.addAttribute("partner", partner);
		TimelineEntry.Kind timelineKind = TimelineEntry.Kind.fromParameter(kind);
		if (kind != null && timelineKind == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No timeline kind '" + kind + "'");
		}
		PartnerStory story = insight.storyOf(partner);
		model.addAttribute("story", story);
		model.addAttribute("timelineKind", timelineKind);
		model.addAttribute("timeline", story.timeline(timelineKind));
		// Internal figures only for signed-in staff; such a page must never sit in a shared cache.
		if (staff != null) {
			model.addAttribute("commitmentCounts", commitments.countsWith(partner));
			response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
		model.addAttribute("series", series);
		model.addAttribute("meetings", dialogues.publicMeetingsOf(series));
		model.addAttribute("agreements", partners.agreements(partner));
		model.addAttribute("projectFilter", projectFilter);
		model.addAttribute("projects", (projectFilter == null) ? null : projects.find(projectFilter, 1, PROJECTS_SHOWN));
		model.addAttribute("news", content.newsAbout(partner, NEWS_SHOWN));
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("nav.partners"), page.url("partners")), Crumb.here(page.text(partner.getName()).text())));
		return "web/partner";
	}

	/** A country partner's projects are those in the country; an organisation's, those in its first region. */
	static ProjectFilter projectFilterFor(Partner partner) {
		if (partner.getCountry() != null) {
			return ProjectFilter.byCountry(partner.getCountry().getCode());
		}
		return partner.getRegions().stream().findFirst().map(r -> ProjectFilter.byRegion(r.getCode())).orElse(null);
	}

}
