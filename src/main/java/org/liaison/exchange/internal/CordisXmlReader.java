package org.liaison.exchange.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads CORDIS's project XML — one {@code <project>} per file as in
 * {@code cordis-HORIZONprojects-xml.zip}, or several under one root — from the zip, a folder of
 * files or one file, streaming: one file open and one project in memory at a time. DTDs and
 * external entities are refused (no XXE, no entity expansion).
 */
final class CordisXmlReader implements RecordReader {

	private static final XMLInputFactory FACTORY = safeFactory();

	private final ZipFile zip;

	private final Iterator<Entry> entries;

	private final long total;

	private XMLStreamReader xml;

	private InputStream stream;

	private String currentFile;

	private int depth;

	private CordisXmlReader(ZipFile zip, Iterator<Entry> entries, long total) {
		this.zip = zip;
		this.entries = entries;
		this.total = total;
	}

	static XMLInputFactory safeFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static boolean isXml(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
	}

	/** The zip's XML entries, in the zip's order. */
	static CordisXmlReader ofZip(Path path) throws IOException {
		ZipFile zip = new ZipFile(path.toFile());
		long count = zip.stream().filter(e -> !e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".xml"))
			.count();
		Enumeration<? extends ZipEntry> all = zip.entries();
		Iterator<Entry> entries = new Iterator<>() {
			private ZipEntry next = advance();

			private ZipEntry advance() {
				while (all.hasMoreElements()) {
					ZipEntry entry = all.nextElement();
					if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
						return entry;
					}
				}
				return null;
			}

			@Override
			public boolean hasNext() {
				return next != null;
			}

			@Override
			public Entry next() {
				ZipEntry entry = next;
				next = advance();
				return new Entry(path.getFileName() + "!/" + entry.getName(), () -> zip.getInputStream(entry));
			}
		};
		return new CordisXmlReader(zip, entries, count);
	}

	/** The folder's XML files (not its sub-folders'), by name; or a single XML file. */
	static CordisXmlReader ofFiles(Path path) throws IOException {
		List<String> names = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				files.filter(f -> isXml(f) && Files.isRegularFile(f)).forEach(f -> names.add(f.getFileName().toString()));
			}
			names.sort(null);
		}
		Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
		if (!Files.isDirectory(path)) {
			names.add(path.getFileName().toString());
		}
		Iterator<String> iterator = names.iterator();
		Iterator<Entry> entries = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return iterator.hasNext();
			}

			@Override
			public Entry next() {
				String name = iterator.next();
				return new Entry(name, () -> Files.newInputStream(folder.resolve(name)));
			}
		};
		return new CordisXmlReader(null, entries, names.size());
	}

	@Override
	public long estimatedTotal() {
		return total;
	}

	@Override
	public SourceItem next() throws IOException {
		while (true) {
			if (xml == null) {
				if (!entries.hasNext()) {
					return null;
				}
				Entry entry = entries.next();
				currentFile = entry.name();
				try {
					stream = new BufferedInputStream(entry.opener().open(), 1 << 16);
					xml = FACTORY.createXMLStreamReader(stream);
					depth = 0;
				}
				catch (XMLStreamException ex) {
					closeFile();
					return new SourceItem.Unreadable(currentFile, line(ex), "not XML: " + message(ex));
				}
			}
			try {
				SourceItem item = nextProject();
				if (item != null) {
					return item;
				}
				closeFile();
			}
			catch (XMLStreamException ex) {
				String file = currentFile;
				closeFile();
				return new SourceItem.Unreadable(file, line(ex), "malformed XML: " + message(ex));
			}
		}
	}

	/** The next {@code <project>} of the open file, or null at its end. */
	private CordisRecord nextProject() throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new XMLStreamException("a DOCTYPE is not allowed in CORDIS data", xml.getLocation());
			}
			if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				throw new XMLStreamException("entity reference &" + xml.getLocalName() + "; is not allowed",
						xml.getLocation());
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if (xml.getLocalName().equals("project") && depth <= 2) {
					CordisRecord record = new CordisRecord(currentFile, xml.getLocation().getLineNumber());
					readProject(record);
					depth--;
					return record;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return null;
	}

	/** Reads the project element the reader stands on, up to its end tag. */
	private void readProject(CordisRecord record) throws XMLStreamException {
		List<String> path = new ArrayList<>();
		CordisRecord.Programme programme = null;
		CordisRecord.Category category = null;
		CordisRecord.Organisation organisation = null;
		String callType = null;
		String linkType = null;
		String orgCategory = null;
		StringBuilder text = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					path.add(xml.getLocalName());
					text.setLength(0);
					String at = String.join("/", path);
					switch (at) {
						case "relations/associations/programme" -> {
							programme = new CordisRecord.Programme();
							programme.type = xml.getAttributeValue(null, "type");
							programme.uniqueProgrammePart = "true".equals(xml.getAttributeValue(null, "uniqueProgrammePart"));
							record.programmes.add(programme);
						}
						case "relations/categories/category" -> {
							category = new CordisRecord.Category();
							category.classification = xml.getAttributeValue(null, "classification");
							category.weight = xml.getAttributeValue(null, "weight");
							record.categories.add(category);
						}
						case "relations/associations/organization" -> {
							organisation = new CordisRecord.Organisation();
							organisation.type = xml.getAttributeValue(null, "type");
							organisation.ecContribution = xml.getAttributeValue(null, "ecContribution");
							record.organisations.add(organisation);
						}
						case "relations/associations/call" -> callType = xml.getAttributeValue(null, "type");
						case "relations/associations/webLink" -> linkType = xml.getAttributeValue(null, "type");
						case "relations/associations/organization/relations/categories/category" ->
							orgCategory = xml.getAttributeValue(null, "classification");
						default -> {
						}
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					text.append(xml.getText());
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
						"entity reference &" + xml.getLocalName() + "; is not allowed", xml.getLocation());
				case XMLStreamConstants.END_ELEMENT -> {
					if (path.isEmpty()) {
						return; // </project>
					}
					String value = text.toString().strip();
					String at = String.join("/", path);
					switch (at) {
						case "language" -> record.language = value;
						case "id" -> record.id = value;
						case "acronym" -> record.acronym = value;
						case "title" -> record.title = value;
						case "teaser" -> record.teaser = value;
						case "objective" -> record.objective = value;
						case "keywords" -> record.keywords = value;
						case "status" -> record.status = value;
						case "startDate" -> record.startDate = value;
						case "endDate" -> record.endDate = value;
						case "totalCost" -> record.totalCost = value;
						case "ecMaxContribution" -> record.ecMaxContribution = value;
						case "relations/associations/call/identifier" -> {
							if ("relatedMasterCall".equals(callType) || record.callIdentifier == null) {
								record.callIdentifier = value;
							}
						}
						case "relations/associations/webLink/physUrl" -> {
							if ("relatedWebsite".equals(linkType) && record.website == null) {
								record.website = value;
							}
						}
						case "relations/associations/programme/code" -> programme.code = value;
						case "relations/associations/programme/title" -> programme.title = value;
						case "relations/associations/programme/frameworkProgramme" -> programme.frameworkProgramme = value;
						case "relations/categories/category/code" -> category.code = value;
						case "relations/categories/category/title" -> category.title = value;
						case "relations/associations/organization/id" -> organisation.id = value;
						case "relations/associations/organization/legalName" -> organisation.legalName = value;
						case "relations/associations/organization/shortName" -> organisation.shortName = value;
						case "relations/associations/organization/address/country" -> organisation.country = value;
						case "relations/associations/organization/address/url" -> organisation.website = value;
						case "relations/associations/organization/relations/categories/category/code" -> {
							if ("organizationActivityType".equals(orgCategory)) {
								organisation.activityType = value;
							}
						}
						default -> {
						}
					}
					path.remove(path.size() - 1);
					text.setLength(0);
				}
				default -> {
				}
			}
		}
		throw new XMLStreamException("the file ends inside <project>", xml.getLocation());
	}

	private static long line(XMLStreamException ex) {
		return (ex.getLocation() == null) ? 1 : Math.max(1, ex.getLocation().getLineNumber());
	}

	private static String message(XMLStreamException ex) {
		String message = ex.getMessage();
		// StAX prefixes "ParseError at [row,col]:[…]\nMessage: "; the line is reported apart
		int index = (message == null) ? -1 : message.indexOf("Message: ");
		return (index < 0) ? String.valueOf(message) : message.substring(index + "Message: ".length());
	}

	private void closeFile() throws IOException {
		try {
			if (xml != null) {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			// nothing left to read from it
		}
		finally {
			xml = null;
			if (stream != null) {
				stream.close();
				stream = null;
			}
		}
	}

	@Override
	public void close() throws IOException {
		closeFile();
		if (zip != null) {
			zip.close();
		}
	}

	private record Entry(String name, Opener opener) {
	}

	private interface Opener {

		InputStream open() throws IOException;

	}

}
