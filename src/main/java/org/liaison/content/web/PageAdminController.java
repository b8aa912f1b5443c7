package org.liaison.content.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.StaleEditException;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.Page;
import org.liaison.content.PageEditor;
import org.liaison.admin.WorkflowActions;
import org.liaison.media.ImageRejectedException;
import org.liaison.media.MediaService;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages in the back office at {@code /admin/pages} (see {@link EditorialAdminController}), and their
 * image: upload (checked by its content, size-limited) with its alt text, a new alt text, removal.
 */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController extends EditorialAdminController<Page, PageEditor.Draft, PageForm> {

	private final PageEditor editor;

	private final MediaService media;

	PageAdminController(PageEditor editor, PortalLanguages languages, WorkflowActions workflow, MediaService media) {
		super(editor, languages, workflow, "pages");
		this.editor = editor;
		this.media = media;
	}

	@Override
	PageForm newForm() {
		return new PageForm();
	}

	@Override
	PageForm formOf(Page page) {
		return PageForm.of(page);
	}

	@Override
	void formAttributes(Model model, Page page) {
		if (!model.containsAttribute("imageAlt")) {
			Map<String, String> alt = new LinkedHashMap<>();
			if (page != null && page.getImage() != null) {
				alt.putAll(page.getImage().alt().asMap());
			}
			model.addAttribute("imageAlt", alt);
		}
		if (!model.containsAttribute("imageError")) {
			model.addAttribute("imageError", null);
		}
		model.addAttribute("imageMaxSize", MediaService.humanSize(media.settings().maxSize().toBytes()));
	}

	@PostMapping("/{id}/image")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam long version, @RequestParam Map<String, String> parameters, Model model,
			HttpServletResponse response) throws IOException {
		Page page = require(id);
		ImageUpload upload = new ImageUpload(file, parameters);
		FormMessage error = upload.problem(page.getImage());
		if (error == null) {
			try {
				editor.illustrate(id, version, upload.store(media), upload.altText());
				return "redirect:" + href(id) + "?image";
			}
			catch (ImageRejectedException ex) {
				error = new FormMessage(ex.messageKey(), ex.arguments());
			}
			catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
				return "redirect:" + href(id) + "?stale";
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("imageAlt", upload.alt());
		model.addAttribute("imageError", error);
		return form(model, PageForm.of(page), page, Map.of(), null);
	}

	@PostMapping("/{id}/image/delete")
	String removeImage(@PathVariable long id, @RequestParam long version) {
		require(id);
		try {
			editor.removeImage(id, version);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:" + href(id) + "?stale";
		}
		return "redirect:" + href(id) + "?imageRemoved";
	}

}
