package org.liaison.partner.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerEditor;
import org.liaison.partner.PartnerKind;

/** The partner form, as sent: one text per language for the name, summary and description. */
public class PartnerForm extends TranslatedForm {

	static final int NAME_LENGTH = 200;

	static final int SUMMARY_LENGTH = 1_000;

	static final int DESCRIPTION_LENGTH = 20_000;

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	@NotNull(message = "admin.validation.required")
	private PartnerKind kind = PartnerKind.ORGANISATION;

	private String countryCode;

	private boolean strategic;

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "(https?://\\S+)?", message = "admin.validation.url")
	private String website;

	private List<String> regions = new ArrayList<>();

	private Map<String, String> name = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	private Map<String, String> description = new LinkedHashMap<>();

	static PartnerForm of(Partner partner) {
		PartnerForm form = new PartnerForm();
		form.slug = partner.getSlug();
		form.kind = partner.getKind();
		form.countryCode = (partner.getCountry() == null) ? null : partner.getCountry().getCode();
		form.strategic = partner.isStrategic();
		form.website = partner.getWebsite();
		form.regions = new ArrayList<>(partner.getRegions().stream().map(Region::getCode).toList());
		form.name = editable(partner.getName());
		form.summary = editable(partner.getSummary());
		form.description = editable(partner.getDescription());
		form.setVersion(partner.getVersion());
		return form;
	}

	PartnerEditor.Draft draft() {
		return new PartnerEditor.Draft(slug, kind, (kind == PartnerKind.COUNTRY) ? countryCode : null, localized(name),
				localized(summary), localized(description), strategic, website, List.copyOf(regions));
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("name", name);
		texts.put("summary", summary);
		texts.put("description", description);
		return texts;
	}

	/** An organisation needs a name; a country partner takes its country's when none is given. */
	@AssertTrue(message = "admin.validation.nameRequired")
	public boolean isNameGiven() {
		return kind == PartnerKind.COUNTRY || mainTextGiven();
	}

	@AssertTrue(message = "admin.partners.countryRequired")
	public boolean isCountryGiven() {
		return kind != PartnerKind.COUNTRY || (countryCode != null && countryCode.matches("[A-Z]{2}"));
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(name, NAME_LENGTH) && fits(summary, SUMMARY_LENGTH) && fits(description, DESCRIPTION_LENGTH);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesAccepted() {
		return languagesValid();
	}

	/** Which field each derived check concerns. */
	static final Map<String, String> ALIASES = Map.of("nameGiven", "name", "countryGiven", "countryCode",
			"textsShortEnough", "name", "languagesAccepted", "form");

	/** The fields as text, for the conflict notice. */
	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.field.slug", slug);
		fields.put("admin.partners.kind", String.valueOf(kind));
		fields.put("admin.partners.country", countryCode == null ? "" : countryCode);
		fields.put("admin.partners.strategic", String.valueOf(strategic));
		fields.put("admin.partners.website", website == null ? "" : website);
		fields.put("admin.partners.regions", String.join(", ", regions));
		putTexts(fields, "admin.partners.");
		return fields;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public PartnerKind getKind() {
		return kind;
	}

	public void setKind(PartnerKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = (countryCode == null || countryCode.isBlank()) ? null : countryCode.strip();
	}

	public boolean isStrategic() {
		return strategic;
	}

	public void setStrategic(boolean strategic) {
		this.strategic = strategic;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = (website == null) ? null : website.strip();
	}

	public List<String> getRegions() {
		return regions;
	}

	public void setRegions(List<String> regions) {
		this.regions = (regions == null) ? new ArrayList<>() : regions;
	}

	public Map<String, String> getName() {
		return name;
	}

	public void setName(Map<String, String> name) {
		this.name = name;
	}

	public Map<String, String> getSummary() {
		return summary;
	}

	public void setSummary(Map<String, String> summary) {
		this.summary = summary;
	}

	public Map<String, String> getDescription() {
		return description;
	}

	public void setDescription(Map<String, String> description) {
		this.description = description;
	}

}
