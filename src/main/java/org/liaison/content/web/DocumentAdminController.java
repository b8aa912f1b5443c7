package org.liaison.content.web;

import org.liaison.common.web.PortalLanguages;
import org.liaison.content.Document;
import org.liaison.content.DocumentEditor;
import org.liaison.admin.WorkflowActions;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Documents in the back office at {@code /admin/documents}: see {@link EditorialAdminController}. */
@Controller
@RequestMapping("/admin/documents")
class DocumentAdminController extends EditorialAdminController<Document, DocumentEditor.Draft, DocumentForm> {

	DocumentAdminController(DocumentEditor editor, PortalLanguages languages, WorkflowActions workflow) {
		super(editor, languages, workflow, "documents");
	}

	@Override
	DocumentForm newForm() {
		return new DocumentForm();
	}

	@Override
	DocumentForm formOf(Document document) {
		return DocumentForm.of(document);
	}

}
