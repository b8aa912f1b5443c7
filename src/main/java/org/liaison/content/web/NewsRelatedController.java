package org.liaison.content.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.ItemFinder;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.common.web.PageContext;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A news item's related content. The picker's list travels in the form: "up", "down", "remove",
 * "add" and "search" come back as the form page with the changed list, not yet saved; "save" stores
 * it. Without JavaScript every step is a form submission; with htmx, typing in the search box fetches
 * the matching items from {@code /admin/related/search} as you type.
 */
@Controller
class NewsRelatedController {

	private final NewsEditor editor;

	private final NewsFormView view;

	private final ObjectProvider<ItemFinder> finder;

	NewsRelatedController(NewsEditor editor, NewsFormView view, ObjectProvider<ItemFinder> finder) {
		this.editor = editor;
		this.view = view;
		this.finder = finder;
	}

	@PostMapping("/admin/news/{id}/related")
	String change(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable long id,
			@RequestParam(name = "target", required = false) List<String> targets,
			@RequestParam(required = false) String op, @RequestParam(required = false) String q, Model model,
			HttpServletResponse response) {
		NewsItem item = editor.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No news item " + id));
		ItemRef self = new ItemRef(ItemType.NEWS, item.getSlug());
		List<ItemRef> list = new ArrayList<>(parse(targets));
		String action = (op == null) ? "" : op;
		List<ItemSummary> results = List.of();
		String query = (q == null) ? "" : q.strip();
		if (action.equals("save")) {
			try {
				editor.relate(id, list);
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
			}
			return "redirect:/admin/news/" + id + "?related#related";
		}
		if (action.startsWith("up:") || action.startsWith("down:") || action.startsWith("remove:")) {
			int index = index(action, list.size());
			switch (action.substring(0, action.indexOf(':'))) {
				case "up" -> {
					if (index > 0) {
						Collections.swap(list, index, index - 1);
					}
				}
				case "down" -> {
					if (index < list.size() - 1) {
						Collections.swap(list, index, index + 1);
					}
				}
				default -> list.remove(index);
			}
		}
		else if (action.startsWith("add:")) {
			ItemRef added = parse(action.substring(4));
			if (!added.equals(self) && !list.contains(added)) {
				list.add(added);
			}
			query = "";
		}
		else if (action.equals("search")) {
			results = find(query, page.language(), self, list);
		}
		model.addAttribute("relatedItems", view.summaries(list));
		model.addAttribute("relatedQuery", query);
		model.addAttribute("relatedResults", results);
		model.addAttribute("relatedSearched", action.equals("search"));
		model.addAttribute("relatedDirty", !list.equals(editor.relatedTo(id)));
		return view.render(model, NewsForm.of(item), item, Map.of());
	}

	/** The items matching what was typed, as a fragment of the picker (for htmx). */
	@GetMapping("/admin/related/search")
	String search(@ModelAttribute(name = "page", binding = false) PageContext page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String self,
			@RequestParam(name = "target", required = false) List<String> targets, Model model) {
		List<ItemRef> exclude = new ArrayList<>(parse(targets));
		ItemRef source = (self == null || self.isBlank()) ? null : parse(self);
		model.addAttribute("results", find(q == null ? "" : q.strip(), page.language(), source, exclude));
		model.addAttribute("searched", q != null && q.strip().length() >= 2);
		return "admin/relatedResults";
	}

	private List<ItemSummary> find(String query, String language, ItemRef self, List<ItemRef> exclude) {
		ItemFinder found = finder.getIfAvailable();
		if (found == null) {
			return List.of();
		}
		return found.find(query, language)
			.stream()
			.filter(s -> !s.ref().equals(self) && !exclude.contains(s.ref()))
			.toList();
	}

	private static List<ItemRef> parse(List<String> values) {
		return (values == null) ? List.of() : values.stream().filter(v -> !v.isBlank()).map(NewsRelatedController::parse).toList();
	}

	private static ItemRef parse(String value) {
		try {
			return ItemRef.parse(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private static int index(String action, int size) {
		try {
			int index = Integer.parseInt(action.substring(action.indexOf(':') + 1));
			if (index >= 0 && index < size) {
				return index;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No related item at '" + action + "'");
	}

}
