package org.liaison.content.web;

import org.liaison.common.web.PortalLanguages;
import org.liaison.content.Page;
import org.liaison.content.PageEditor;
import org.liaison.content.PublishingSettings;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Pages in the back office at {@code /admin/pages}: see {@link EditorialAdminController}. */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController extends EditorialAdminController<Page, PageEditor.Draft, PageForm> {

	PageAdminController(PageEditor editor, PortalLanguages languages, PublishingSettings publishing) {
		super(editor, languages, publishing, "pages");
	}

	@Override
	PageForm newForm() {
		return new PageForm();
	}

	@Override
	PageForm formOf(Page page) {
		return PageForm.of(page);
	}

}
