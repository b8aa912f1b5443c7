package org.liaison.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.liaison.common.LocalizedText;

/**
 * The names of IATI's sector codes, from the codelists shipped in {@code iati/codelists/}: DAC
 * 5-digit sectors (vocabulary 1) and DAC 3-digit sector categories (vocabulary 2), in English and
 * French.
 */
final class IatiSectors {

	/** The taxonomy vocabulary of IATI sectors. */
	static final String VOCABULARY = "iati-sectors";

	private static final Map<String, Map<String, LocalizedText>> NAMES = new HashMap<>();

	static {
		NAMES.put("1", read("/iati/codelists/Sector.xml"));
		NAMES.put("2", read("/iati/codelists/SectorCategory.xml"));
	}

	private IatiSectors() {
	}

	/** The codelist's name of a code, or null when the vocabulary has no codelist here or lacks the code. */
	static LocalizedText name(String vocabulary, String code) {
		return NAMES.getOrDefault(vocabulary, Map.of()).get(code);
	}

	static boolean hasCodelist(String vocabulary) {
		return NAMES.containsKey(vocabulary);
	}

	private static Map<String, LocalizedText> read(String resource) {
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		try (InputStream in = IatiSectors.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The IATI codelist " + resource + " is missing from the class path");
			}
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			String code = null;
			Map<String, String> texts = new LinkedHashMap<>();
			boolean inName = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "codelist-item" -> {
							code = null;
							texts.clear();
						}
						case "code" -> code = xml.getElementText().strip();
						case "name" -> inName = code != null;
						case "narrative" -> {
							if (inName) {
								String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
								texts.putIfAbsent((lang == null) ? "en" : lang, xml.getElementText().strip());
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (xml.getLocalName().equals("name")) {
						inName = false;
					}
					else if (xml.getLocalName().equals("codelist-item") && code != null && !texts.isEmpty()) {
						names.put(code, LocalizedText.of(texts));
					}
				}
			}
			return Map.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The IATI codelist " + resource + " could not be read: " + ex.getMessage(), ex);
		}
	}

}
