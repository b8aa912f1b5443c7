package org.liaison.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The official IATI 2.03 activity schema (shipped in {@code iati/schema/}) and a streaming check of
 * a file against it: one SAX pass, memory bounded by the document's depth. A file with a DOCTYPE is
 * refused before anything else (IATI files have none, and without one there are no entities to
 * expand or fetch). Thread-safe: the compiled schema is shared, each check has its own parser.
 */
public final class IatiSchema {

	/** Problems reported per file before the check stops: the first ones are what a publisher fixes. */
	static final int MAX_PROBLEMS = 20;

	private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+");

	private static final IatiSchema INSTANCE = new IatiSchema();

	private final Schema schema;

	private IatiSchema() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			// the schema includes iati-common.xsd and imports xml.xsd beside it, inside the jar
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
			URL main = IatiSchema.class.getResource("/iati/schema/iati-activities-schema.xsd");
			if (main == null) {
				throw new IllegalStateException("The IATI schema is missing from the class path (iati/schema/)");
			}
			this.schema = factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The IATI schema could not be loaded: " + ex.getMessage(), ex);
		}
	}

	public static IatiSchema get() {
		return INSTANCE;
	}

	/**
	 * Where a document breaks the schema (or XML itself).
	 * @param element the path of the element being read, e.g. {@code /iati-activities/iati-activity/sector}
	 */
	public record Problem(long line, long column, String element, String message) {

		@Override
		public String toString() {
			return "line " + line + ", column " + column + ((element.isEmpty()) ? "" : ", " + element) + ": " + message;
		}

	}

	/**
	 * Checks an IATI activity document: well-formed, no DOCTYPE, root {@code iati-activities} of a
	 * version from 2.01 to 2.03 (or a non-numeric one, as in IATI's own schema tests), valid against
	 * the 2.03 schema. The problems, in document order (at most {@value #MAX_PROBLEMS}); none when valid.
	 */
	public List<Problem> check(InputStream in, String systemId) throws IOException {
		Tracker tracker = new Tracker();
		try {
			SAXParserFactory parsers = SAXParserFactory.newInstance();
			parsers.setNamespaceAware(true);
			parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
			parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			XMLReader reader = parsers.newSAXParser().getXMLReader();
			ValidatorHandler validator = schema.newValidatorHandler();
			validator.setErrorHandler(tracker);
			tracker.setParent(reader);
			tracker.setContentHandler(validator);
			tracker.setErrorHandler(tracker);
			InputSource source = new InputSource(in);
			source.setSystemId(systemId);
			tracker.parse(source);
		}
		catch (Stop stop) {
			// enough problems to report
		}
		catch (SAXParseException ex) {
			if (tracker.problems.isEmpty() || tracker.problems.get(tracker.problems.size() - 1).line() != ex.getLineNumber()) {
				tracker.add(ex);
			}
		}
		catch (SAXException ex) {
			tracker.problems.add(new Problem(tracker.line(), tracker.column(), tracker.path(), ex.getMessage()));
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		return List.copyOf(tracker.problems);
	}

	/** Thrown to end a check early. */
	private static final class Stop extends SAXException {

		Stop() {
			super("too many problems");
		}

	}

	/** Passes the document on to the validator, knowing at each moment which element is being read. */
	private static final class Tracker extends XMLFilterImpl implements ErrorHandler {

		private final Deque<String> path = new ArrayDeque<>();

		private final List<Problem> problems = new ArrayList<>();

		private Locator locator;

		private boolean root = true;

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
			super.setDocumentLocator(locator);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			path.addLast(localName);
			if (root) {
				root = false;
				checkRoot(uri, localName, atts);
			}
			super.startElement(uri, localName, qName, atts);
		}

		private void checkRoot(String uri, String localName, Attributes atts) throws SAXException {
			if (!localName.equals("iati-activities") || !uri.isEmpty()) {
				problems.add(new Problem(line(), column(), path(), "the root element is <" + localName
						+ ">, not <iati-activities>: this is no IATI activity file"));
				throw new Stop();
			}
			String version = atts.getValue("", "version");
			if (version != null && VERSION.matcher(version.strip()).matches()) {
				Matcher parts = Pattern.compile("([0-9]+)\\.([0-9]+)").matcher(version.strip());
				parts.matches();
				int major = Integer.parseInt(parts.group(1));
				int minor = Integer.parseInt(parts.group(2));
				if (major != 2 || minor < 1 || minor > 3) {
					problems.add(new Problem(line(), column(), path(), "IATI version " + version.strip()
							+ " is not supported: Liaison imports versions 2.01 to 2.03"));
					throw new Stop();
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			path.pollLast();
		}

		@Override
		public void warning(SAXParseException exception) {
			// warnings do not make a document invalid
		}

		@Override
		public void error(SAXParseException exception) throws SAXException {
			add(exception);
			if (problems.size() >= MAX_PROBLEMS) {
				throw new Stop();
			}
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXException {
			throw exception;
		}

		void add(SAXParseException ex) {
			String message = (ex.getMessage() == null) ? "not well-formed XML" : ex.getMessage();
			if (message.contains("DOCTYPE")) {
				message = "the file declares a DOCTYPE; IATI files have none, and Liaison refuses them so that no "
						+ "entity can be fetched or expanded";
			}
			problems.add(new Problem(ex.getLineNumber(), ex.getColumnNumber(), path(), message));
		}

		String path() {
			return path.isEmpty() ? "" : "/" + String.join("/", path);
		}

		long line() {
			return (locator == null) ? -1 : locator.getLineNumber();
		}

		long column() {
			return (locator == null) ? -1 : locator.getColumnNumber();
		}

	}

}
