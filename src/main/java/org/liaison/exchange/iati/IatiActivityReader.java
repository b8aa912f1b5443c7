package org.liaison.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the activities of an IATI file one by one with StAX, holding only the current one. Meant
 * for files {@link IatiSchema} has passed: DTDs and external entities are off all the same.
 */
final class IatiActivityReader implements AutoCloseable {

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	private final XMLStreamReader xml;

	private final String file;

	private String fileLanguage;

	private boolean started;

	IatiActivityReader(InputStream in, String file) throws IOException {
		this.file = file;
		try {
			this.xml = FACTORY.createXMLStreamReader(in);
		}
		catch (XMLStreamException ex) {
			throw new IOException(file + ": " + ex.getMessage(), ex);
		}
	}

	/** The next activity, or null at the end of the file. */
	IatiActivity next() throws IOException {
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (!started && name.equals("iati-activities")) {
					started = true;
					fileLanguage = language();
				}
				else if (name.equals("iati-activity")) {
					return activity();
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw new IOException(file + ": " + ex.getMessage(), ex);
		}
	}

	private IatiActivity activity() throws XMLStreamException {
		IatiActivity.Builder activity = new IatiActivity.Builder(file, xml.getLocation().getLineNumber());
		String own = language();
		activity.language = (own != null) ? own : fileLanguage;
		activity.defaultCurrency = attribute("default-currency");
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "iati-identifier" -> activity.identifier = xml.getElementText().strip();
				case "title" -> activity.titles.addAll(narratives());
				case "description" -> {
					String type = attribute("type");
					activity.descriptions.add(new IatiActivity.Description(type, narratives()));
				}
				case "participating-org" -> {
					String ref = attribute("ref");
					String role = attribute("role");
					String type = attribute("type");
					activity.organisations.add(new IatiActivity.Organisation(ref, role, type, narratives()));
				}
				case "activity-status" -> {
					activity.status = attribute("code");
					skip();
				}
				case "activity-date" -> {
					activity.dates.add(new IatiActivity.Date(attribute("type"), attribute("iso-date")));
					skip();
				}
				case "contact-info" -> contactInfo(activity);
				case "recipient-country" -> {
					activity.countries.add(new IatiActivity.Share(null, attribute("code"), attribute("percentage")));
					skip();
				}
				case "recipient-region" -> {
					activity.regions.add(new IatiActivity.Share(attribute("vocabulary"), attribute("code"),
							attribute("percentage")));
					skip();
				}
				case "sector" -> {
					String vocabulary = attribute("vocabulary");
					String code = attribute("code");
					String percentage = attribute("percentage");
					activity.sectors.add(new IatiActivity.Sector(vocabulary, code, percentage, narratives()));
				}
				case "budget" -> activity.budgets.add(budget());
				default -> skip();
			}
		}
		return activity.build();
	}

	private void contactInfo(IatiActivity.Builder activity) throws XMLStreamException {
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (xml.getLocalName().equals("website") && activity.website == null) {
				activity.website = xml.getElementText().strip();
			}
			else {
				skip();
			}
		}
	}

	private IatiActivity.Budget budget() throws XMLStreamException {
		String type = attribute("type");
		String status = attribute("status");
		String start = null;
		String end = null;
		String value = null;
		String currency = null;
		String valueDate = null;
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "period-start" -> {
					start = attribute("iso-date");
					skip();
				}
				case "period-end" -> {
					end = attribute("iso-date");
					skip();
				}
				case "value" -> {
					currency = attribute("currency");
					valueDate = attribute("value-date");
					value = xml.getElementText().strip();
				}
				default -> skip();
			}
		}
		return new IatiActivity.Budget(type, status, start, end, value, currency, valueDate);
	}

	/** The {@code <narrative>} children of the current element, up to its end tag. */
	private List<IatiActivity.Narrative> narratives() throws XMLStreamException {
		List<IatiActivity.Narrative> narratives = new ArrayList<>();
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			if (xml.getLocalName().equals("narrative")) {
				String language = language();
				narratives.add(new IatiActivity.Narrative(language, xml.getElementText().strip()));
			}
			else {
				skip();
			}
		}
		return narratives;
	}

	/** Skips the current element with all it contains, ending on its end tag. */
	private void skip() throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private String attribute(String name) {
		String value = xml.getAttributeValue("", name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String language() {
		String value = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

}
