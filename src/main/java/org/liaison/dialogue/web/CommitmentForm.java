package org.liaison.dialogue.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.Slug;
import org.liaison.dialogue.OwnerSide;

/** The back office's commitment form, as typed; {@link #errors()} names each field that is wrong. */
public class CommitmentForm {

	private String text = "";

	private String ownerSide = OwnerSide.EU.name();

	private String ownerName = "";

	private String ownerEmail = "";

	private String dueOn = "";

	private String projects = "";

	/** Field name → message key of what is wrong with it; empty when the form can be saved. */
	public Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		if (text.isBlank()) {
			errors.put("text", "dialogue.admin.error.text");
		}
		if (ownerName.isBlank()) {
			errors.put("ownerName", "dialogue.admin.error.ownerName");
		}
		if (!ownerEmail.isBlank() && !ownerEmail.contains("@")) {
			errors.put("ownerEmail", "dialogue.admin.error.ownerEmail");
		}
		try {
			LocalDate.parse(dueOn.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("dueOn", "dialogue.admin.error.dueOn");
		}
		if (projectSlugs().stream().anyMatch(s -> !Slug.isValid(s))) {
			errors.put("projects", "dialogue.admin.error.projects");
		}
		return errors;
	}

	public OwnerSide side() {
		return "PARTNER".equals(ownerSide) ? OwnerSide.PARTNER : OwnerSide.EU;
	}

	public LocalDate due() {
		return LocalDate.parse(dueOn.strip());
	}

	public List<String> projectSlugs() {
		return Arrays.stream(projects.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public List<ItemRef> projectRefs() {
		return projectSlugs().stream().map(s -> new ItemRef(ItemType.PROJECT, s)).toList();
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = (text == null) ? "" : text;
	}

	public String getOwnerSide() {
		return ownerSide;
	}

	public void setOwnerSide(String ownerSide) {
		this.ownerSide = ownerSide;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public void setOwnerName(String ownerName) {
		this.ownerName = (ownerName == null) ? "" : ownerName;
	}

	public String getOwnerEmail() {
		return ownerEmail;
	}

	public void setOwnerEmail(String ownerEmail) {
		this.ownerEmail = (ownerEmail == null) ? "" : ownerEmail;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = (dueOn == null) ? "" : dueOn;
	}

	public String getProjects() {
		return projects;
	}

	public void setProjects(String projects) {
		this.projects = (projects == null) ? "" : projects;
	}

}
