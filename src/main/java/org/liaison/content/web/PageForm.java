package org.liaison.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;

import org.liaison.content.Page;
import org.liaison.content.PageEditor;

/** The page form, as sent: the slug, and one text per language for the title, summary and body. */
public class PageForm extends EditorialForm<PageEditor.Draft> {

	private Map<String, String> body = new LinkedHashMap<>();

	static PageForm of(Page page) {
		PageForm form = new PageForm();
		form.fill(page);
		form.body = editable(page.getBody());
		return form;
	}

	@Override
	PageEditor.Draft draft() {
		return new PageEditor.Draft(getSlug(), localized(getTitle()), localized(getSummary()), localized(body));
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("title", getTitle());
		texts.put("summary", getSummary());
		texts.put("body", body);
		return texts;
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(getTitle(), 300) && fits(getSummary(), 2_000) && fits(body, 100_000);
	}

	public Map<String, String> getBody() {
		return body;
	}

	public void setBody(Map<String, String> body) {
		this.body = body;
	}

}
