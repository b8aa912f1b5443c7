package org.liaison.insight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.Portal;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.insight.DialogueBriefing;
import org.liaison.insight.InsightService;
import org.liaison.insight.internal.PdfRenderer;

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

/** A dialogue's briefing: a printable page and the same content as a PDF, public or for staff. */
@Controller
class DialogueBriefingController {

	private final DialogueService dialogues;

	private final InsightService insight;

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	DialogueBriefingController(DialogueService dialogues, InsightService insight, TemplateEngine templates,
			PdfRenderer pdf) {
		this.dialogues = dialogues;
		this.insight = insight;
		this.templates = templates;
		this.pdf = pdf;
	}

	@GetMapping(Portal.LANG + "/dialogues/{slug}/briefing")
	String briefing(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		DialogueSeries series = series(slug);
		model.addAttribute("briefing", insight.dialogueBriefingOf(series));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("dialogue.list.title"), page.url("dialogues")),
				new Crumb(page.text(series.getName()).text(), page.url("dialogues/" + slug)),
				Crumb.here(page.t("insight.briefing"))));
		return "insight/dialogue-briefing";
	}

	@GetMapping(Portal.LANG + "/dialogues/{slug}/briefing.pdf")
	ResponseEntity<byte[]> briefingPdf(@ModelAttribute("page") PageContext page, @PathVariable String slug) {
		return pdf(page, insight.dialogueBriefingOf(series(slug)));
	}

	/** The briefing for staff: every meeting, and the dialogue's open and overdue commitments. */
	@GetMapping("/admin/dialogues/{slug}/briefing")
	String internalBriefing(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		DialogueSeries series = series(slug);
		model.addAttribute("briefing", insight.internalDialogueBriefingOf(series));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("admin.title"), "/admin"),
				new Crumb(page.t("admin.nav.dialogues"), "/admin/dialogues"),
				Crumb.here(page.t("insight.briefingOn", page.text(series.getName()).text()))));
		return "insight/dialogue-briefing";
	}

	@GetMapping("/admin/dialogues/{slug}/briefing.pdf")
	ResponseEntity<byte[]> internalBriefingPdf(@ModelAttribute("page") PageContext page, @PathVariable String slug) {
		return pdf(page, insight.internalDialogueBriefingOf(series(slug)));
	}

	private ResponseEntity<byte[]> pdf(PageContext page, DialogueBriefing briefing) {
		StringOutput html = new StringOutput();
		templates.render("insight/dialogue-briefing-pdf.jte",
				Map.of("page", page, "briefing", briefing, "css", pdf.stylesheet()), html);
		byte[] document = pdf.render(html.toString(), page.baseUrl() + "/");
		String filename = (briefing.isInternal() ? "internal-briefing-" : "briefing-") + briefing.series().getSlug() + "-"
				+ briefing.asOf() + "-" + page.language() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, briefing.isInternal() ? "no-store" : "max-age=300")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(document);
	}

	private DialogueSeries series(String slug) {
		return dialogues.seriesForPage(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
