package org.liaison.content.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.LocalizedText;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.content.RelatedContentService;
import org.liaison.admin.PublishingSettings;
import org.liaison.media.MediaService;
import org.liaison.common.web.ScheduleForm;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The news form page's model, for every controller that shows it again (after a save, a refused
 * schedule or a refused image): the form, the languages, the schedule and image forms.
 */
@Component
class NewsFormView {

	private final PortalLanguages languages;

	private final PublishingSettings publishing;

	private final MediaService media;

	private final NewsEditor editor;

	private final RelatedContentService related;

	NewsFormView(PortalLanguages languages, PublishingSettings publishing, MediaService media, NewsEditor editor,
			RelatedContentService related) {
		this.languages = languages;
		this.publishing = publishing;
		this.media = media;
		this.editor = editor;
		this.related = related;
	}

	/** Summaries of the items, in order; an item that is gone or not public is named by its reference. */
	List<ItemSummary> summaries(List<ItemRef> refs) {
		Map<ItemRef, ItemSummary> known = related.summaries(refs);
		return refs.stream()
			.map(ref -> known.getOrDefault(ref, new ItemSummary(ref, LocalizedText.of("en", ref.toString()), null)))
			.toList();
	}

	String render(Model model, NewsForm form, NewsItem item, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", languagesOf(item, form));
		if (!model.containsAttribute("schedule")) {
			model.addAttribute("schedule", ScheduleForm.of(item, publishing.timeZone().getId()));
		}
		model.addAttribute("zones", publishing.zones());
		if (!model.containsAttribute("imageAlt")) {
			Map<String, String> alt = new LinkedHashMap<>();
			if (item != null && item.getImage() != null) {
				alt.putAll(item.getImage().alt().asMap());
			}
			model.addAttribute("imageAlt", alt);
		}
		if (!model.containsAttribute("imageError")) {
			model.addAttribute("imageError", null);
		}
		if (!model.containsAttribute("relatedItems")) {
			model.addAttribute("relatedItems", (item == null) ? List.of() : summaries(editor.relatedTo(item.getId())));
			model.addAttribute("relatedQuery", "");
			model.addAttribute("relatedResults", List.of());
			model.addAttribute("relatedSearched", false);
			model.addAttribute("relatedDirty", false);
		}
		model.addAttribute("imageMaxSize", MediaService.humanSize(media.settings().maxSize().toBytes()));
		return "admin/news/form";
	}

	/** The portal's languages first, then any other language the item or the form has text in. */
	List<String> languagesOf(NewsItem item, NewsForm form) {
		Set<String> all = new LinkedHashSet<>(languages.languages());
		if (item != null) {
			all.addAll(item.getTitle().languages());
			all.addAll(item.getBody().languages());
		}
		if (form != null) {
			form.getTitle().keySet().stream().filter(form::hasLanguage).forEach(all::add);
		}
		all.remove(LocalizedText.NEUTRAL);
		return List.copyOf(all);
	}

}
