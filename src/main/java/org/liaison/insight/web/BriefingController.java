package org.liaison.insight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.Portal;
import org.liaison.insight.Briefing;
import org.liaison.insight.InsightService;
import org.liaison.insight.internal.PdfRenderer;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A partner's briefing: a printable page, and the same content as a PDF. */
@Controller
class BriefingController {

	private final PartnerService partners;

	private final InsightService insight;

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	BriefingController(PartnerService partners, InsightService insight, TemplateEngine templates, PdfRenderer pdf) {
		this.partners = partners;
		this.insight = insight;
		this.templates = templates;
		this.pdf = pdf;
	}

	@GetMapping(Portal.LANG + "/partners/{slug}/briefing")
	String briefing(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		Partner partner = partner(slug);
		model.addAttribute("briefing", insight.briefingOf(partner));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("nav.partners"), page.url("partners")),
				new Crumb(page.text(partner.getName()).text(), page.url("partners/" + partner.getSlug())),
				Crumb.here(page.t("insight.briefing"))));
		return "insight/briefing";
	}

	@GetMapping(Portal.LANG + "/partners/{slug}/briefing.pdf")
	ResponseEntity<byte[]> briefingPdf(@ModelAttribute("page") PageContext page, @PathVariable String slug) {
		return pdf(page, insight.briefingOf(partner(slug)));
	}

	/** The briefing for staff, with the partner's open and overdue commitments (behind sign-in). */
	@GetMapping("/admin/partners/{slug}/briefing")
	String internalBriefing(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		Partner partner = anyPartner(slug);
		model.addAttribute("briefing", insight.internalBriefingOf(partner));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("admin.title"), "/admin"),
				Crumb.here(page.t("insight.briefingOn", page.text(partner.getName()).text()))));
		return "insight/briefing";
	}

	@GetMapping("/admin/partners/{slug}/briefing.pdf")
	ResponseEntity<byte[]> internalBriefingPdf(@ModelAttribute("page") PageContext page, @PathVariable String slug) {
		return pdf(page, insight.internalBriefingOf(anyPartner(slug)));
	}

	private ResponseEntity<byte[]> pdf(PageContext page, Briefing briefing) {
		String slug = briefing.partner().getSlug();
		StringOutput html = new StringOutput();
		templates.render("insight/briefing-pdf.jte", Map.of("page", page, "briefing", briefing, "css", pdf.stylesheet()), html);
		byte[] document = pdf.render(html.toString(), page.baseUrl() + "/");
		String filename = (briefing.isInternal() ? "internal-briefing-" : "briefing-") + slug + "-" + briefing.asOf() + "-" + page.language() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, briefing.isInternal() ? "no-store" : "max-age=300")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(document);
	}

	/** A published partner: the public briefing is about a public profile only. */
	private Partner partner(String slug) {
		return partners.partner(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A partner in any status: staff brief on drafts too. */
	private Partner anyPartner(String slug) {
		return partners.anyPartner(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
