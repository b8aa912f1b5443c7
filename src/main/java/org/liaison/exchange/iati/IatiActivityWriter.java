package org.liaison.exchange.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.geography.Country;
import org.liaison.project.Participation;
import org.liaison.project.ParticipationRole;
import org.liaison.project.Project;
import org.liaison.project.ProjectBudget;
import org.liaison.project.ProjectExchangePage;
import org.liaison.project.ProjectStatus;
import org.liaison.project.RegionShare;
import org.liaison.taxonomy.Term;

/**
 * Writes projects as IATI 2.03 activities with StAX, one at a time, in the schema's element order.
 * A project imported from IATI keeps its identifier and organisation references (and is marked as
 * reported by a secondary reporter); any other gets {@code <reporting-org-ref>-<slug>}.
 */
final class IatiActivityWriter implements AutoCloseable {

	private final XMLStreamWriter xml;

	private final IatiSettings settings;

	/** Projects left out because IATI needs at least one activity date and they have none. */
	private long undated;

	IatiActivityWriter(OutputStream out, IatiSettings settings) throws XMLStreamException {
		this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		this.settings = settings;
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("iati-activities");
		xml.writeAttribute("version", "2.03");
		xml.writeAttribute("generated-datetime",
				OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		xml.writeCharacters("\n");
	}

	void write(Project project, ProjectExchangePage page) throws XMLStreamException {
		boolean fromIati = "iati".equals(project.getSource());
		boolean hasDate = project.getStartDate() != null || project.getEndDate() != null
				|| project.getPlannedStartDate() != null || project.getActualStartDate() != null
				|| project.getPlannedEndDate() != null || project.getActualEndDate() != null;
		if (!hasDate) {
			undated++;
			return;
		}
		// the stored texts keep no order of languages: English when there is one, else the first
		String language = project.getTitle().languages().contains(LocalizedText.FALLBACK_LANGUAGE)
				? LocalizedText.FALLBACK_LANGUAGE
				: project.getTitle().languages().stream().findFirst().orElse(LocalizedText.FALLBACK_LANGUAGE);
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
		xml.writeAttribute("hierarchy", "1");
		element("iati-identifier", fromIati ? project.getSourceId() : settings.reportingOrgRef() + "-" + project.getSlug());

		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", settings.reportingOrgRef());
		xml.writeAttribute("type", settings.reportingOrgType());
		if (fromIati) {
			xml.writeAttribute("secondary-reporter", "1");
		}
		narrative(null, settings.reportingOrgName());
		xml.writeEndElement();

		narratives("title", project.getTitle(), language);
		if (!project.getSummary().isEmpty() || project.getObjective().isEmpty()) {
			descriptionOf("1", project.getSummary().isEmpty() ? project.getTitle() : project.getSummary(), language);
		}
		if (!project.getObjective().isEmpty()) {
			descriptionOf("2", project.getObjective(), language);
		}
		participatingOrganisations(project, fromIati);

		empty("activity-status", "code", switch (project.getStatus()) {
			case PLANNED -> "1";
			case ONGOING -> "2";
			case CLOSED -> "4";
		});
		dates(project);
		if (project.getWebsite() != null && !project.getWebsite().isBlank()) {
			xml.writeStartElement("contact-info");
			element("website", project.getWebsite());
			xml.writeEndElement();
		}
		for (Country country : project.getCountries()) {
			xml.writeEmptyElement("recipient-country");
			xml.writeAttribute("code", country.getCode());
			percentage(page.percentage(project, country.getCode()));
		}
		for (RegionShare region : project.getRegions()) {
			xml.writeEmptyElement("recipient-region");
			xml.writeAttribute("code", region.code());
			xml.writeAttribute("vocabulary", region.vocabulary());
			percentage(region.percentage());
		}
		for (Term sector : project.termsOf(IatiSectors.VOCABULARY)) {
			sector(sector, language);
		}
		for (ProjectBudget budget : project.getBudgets()) {
			budget(budget);
		}
		xml.writeEndElement();
		xml.writeCharacters("\n");
	}

	private void participatingOrganisations(Project project, boolean fromIati) throws XMLStreamException {
		if (project.getParticipations().isEmpty()) {
			// IATI needs one: the reporting organisation answers for the project
			xml.writeStartElement("participating-org");
			xml.writeAttribute("ref", settings.reportingOrgRef());
			xml.writeAttribute("role", "2");
			xml.writeAttribute("type", settings.reportingOrgType());
			narrative(null, settings.reportingOrgName());
			xml.writeEndElement();
			return;
		}
		for (Participation participation : project.getParticipations()) {
			var organisation = participation.getOrganisation();
			boolean iatiOrganisation = "iati".equals(organisation.getSource())
					&& !organisation.getSourceId().startsWith("name:");
			xml.writeStartElement("participating-org");
			if (iatiOrganisation) {
				xml.writeAttribute("ref", organisation.getSourceId());
			}
			xml.writeAttribute("role", role(participation.getRole()));
			if (fromIati && organisation.getKind() != null && organisation.getKind().matches("[0-9]+")) {
				xml.writeAttribute("type", organisation.getKind());
			}
			narrative(null, organisation.getName());
			xml.writeEndElement();
		}
	}

	/** Liaison's roles as IATI OrganisationRole codes; CORDIS's consortium roles all implement. */
	static String role(ParticipationRole role) {
		return switch (role) {
			case FUNDER -> "1";
			case ACCOUNTABLE -> "2";
			case EXTENDING -> "3";
			case IMPLEMENTER, COORDINATOR, PARTICIPANT, ASSOCIATED_PARTNER, THIRD_PARTY -> "4";
		};
	}

	private void dates(Project project) throws XMLStreamException {
		boolean iatiDates = project.getPlannedStartDate() != null || project.getActualStartDate() != null
				|| project.getPlannedEndDate() != null || project.getActualEndDate() != null;
		if (iatiDates) {
			date("1", project.getPlannedStartDate());
			date("2", project.getActualStartDate());
			date("3", project.getPlannedEndDate());
			date("4", project.getActualEndDate());
			return;
		}
		date((project.getStatus() == ProjectStatus.PLANNED) ? "1" : "2", project.getStartDate());
		date((project.getStatus() == ProjectStatus.CLOSED) ? "4" : "3", project.getEndDate());
	}

	private void date(String type, LocalDate date) throws XMLStreamException {
		if (date != null) {
			xml.writeEmptyElement("activity-date");
			xml.writeAttribute("iso-date", date.toString());
			xml.writeAttribute("type", type);
		}
	}

	private void sector(Term sector, String language) throws XMLStreamException {
		String slug = sector.getSlug();
		xml.writeStartElement("sector");
		if (slug.matches("v[a-z0-9]+-.+")) {
			String vocabulary = slug.substring(1, slug.indexOf('-'));
			xml.writeAttribute("vocabulary", vocabulary);
			xml.writeAttribute("code", slug.substring(slug.indexOf('-') + 1).toUpperCase(java.util.Locale.ROOT));
			narratives(sector.getName(), language);
		}
		else {
			xml.writeAttribute("vocabulary", (slug.length() == 3) ? "2" : "1");
			xml.writeAttribute("code", slug);
		}
		xml.writeEndElement();
	}

	private void budget(ProjectBudget budget) throws XMLStreamException {
		xml.writeStartElement("budget");
		if (budget.type() != null) {
			xml.writeAttribute("type", budget.type());
		}
		if (budget.status() != null) {
			xml.writeAttribute("status", budget.status());
		}
		empty("period-start", "iso-date", budget.periodStart().toString());
		empty("period-end", "iso-date", budget.periodEnd().toString());
		xml.writeStartElement("value");
		if (budget.currency() != null) {
			xml.writeAttribute("currency", budget.currency());
		}
		xml.writeAttribute("value-date", ((budget.valueDate() != null) ? budget.valueDate() : budget.periodStart()).toString());
		xml.writeCharacters(budget.amount().toPlainString());
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private void percentage(BigDecimal percentage) throws XMLStreamException {
		if (percentage != null) {
			xml.writeAttribute("percentage", percentage.stripTrailingZeros().toPlainString());
		}
	}

	private void descriptionOf(String type, LocalizedText text, String language) throws XMLStreamException {
		xml.writeStartElement("description");
		xml.writeAttribute("type", type);
		narratives(text, language);
		xml.writeEndElement();
	}

	private void narratives(String element, LocalizedText text, String language) throws XMLStreamException {
		xml.writeStartElement(element);
		narratives(text, language);
		xml.writeEndElement();
	}

	/** One narrative per language; the activity's own language unmarked, the others with xml:lang. */
	private void narratives(LocalizedText text, String language) throws XMLStreamException {
		for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
			narrative(entry.getKey().equals(language) ? null : entry.getKey(), entry.getValue());
		}
	}

	private void narrative(String language, String text) throws XMLStreamException {
		xml.writeStartElement("narrative");
		if (language != null) {
			xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
		}
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private void element(String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private void empty(String name, String attribute, String value) throws XMLStreamException {
		xml.writeEmptyElement(name);
		xml.writeAttribute(attribute, value);
	}

	/** Drops the characters XML 1.0 cannot carry (control characters that slipped into a source). */
	static String clean(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
			if (!allowed && clean == null) {
				clean = new StringBuilder(text.substring(0, i));
			}
			else if (allowed && clean != null) {
				clean.append(c);
			}
		}
		return (clean == null) ? text : clean.toString();
	}

	void flush() throws XMLStreamException {
		xml.flush();
	}

	long undated() {
		return undated;
	}

	@Override
	public void close() throws XMLStreamException {
		if (undated > 0) {
			xml.writeComment(" " + undated + " projects without any date are left out: IATI needs at least one activity date ");
			xml.writeCharacters("\n");
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

}
