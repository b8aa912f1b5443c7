package org.liaison.content.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.content.NewsEditor;
import org.liaison.content.NewsEditor.EditConflictException;
import org.liaison.content.NewsItem;
import org.liaison.media.ImageRejectedException;
import org.liaison.media.MediaService;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A news item's image: upload (checked by its content, size-limited) with its alt text, a new alt text
 * for the image it has, removal. A refused upload shows the form again with the reason and the alt
 * texts as typed; nothing of the item changes.
 */
@Controller
class NewsImageController {

	private final NewsEditor editor;

	private final MediaService media;

	private final NewsFormView view;

	NewsImageController(NewsEditor editor, MediaService media, NewsFormView view) {
		this.editor = editor;
		this.media = media;
		this.view = view;
	}

	@PostMapping("/admin/news/{id}/image")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam long version, @RequestParam Map<String, String> parameters, Model model,
			HttpServletResponse response) throws IOException {
		NewsItem item = require(id);
		ImageUpload upload = new ImageUpload(file, parameters);
		FormMessage error = upload.problem(item.getImage());
		if (error == null) {
			try {
				editor.illustrate(id, version, upload.store(media), upload.altText());
				return "redirect:/admin/news/" + id + "?image";
			}
			catch (ImageRejectedException ex) {
				error = new FormMessage(ex.messageKey(), ex.arguments());
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
				return "redirect:/admin/news/" + id + "?stale";
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("imageAlt", upload.alt());
		model.addAttribute("imageError", error);
		return view.render(model, NewsForm.of(item), item, Map.of());
	}

	@PostMapping("/admin/news/{id}/image/delete")
	String remove(@PathVariable long id, @RequestParam long version) {
		require(id);
		try {
			editor.removeImage(id, version);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/admin/news/" + id + "?stale";
		}
		return "redirect:/admin/news/" + id + "?imageRemoved";
	}

	private NewsItem require(long id) {
		return editor.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No news item " + id));
	}

}
