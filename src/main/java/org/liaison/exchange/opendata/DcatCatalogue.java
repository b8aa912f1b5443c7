package org.liaison.exchange.opendata;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

import org.liaison.common.web.PortalLanguages;
import org.liaison.exchange.web.Dataset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open-data page's datasets as a DCAT-AP 3 catalogue (an RDF graph), from the same list
 * ({@link OpenDataCatalog}): titles and descriptions in every portal language, licence, publisher,
 * modification dates, formats and media types, access and download addresses, languages, themes.
 * Values from the EU Vocabularies (languages, file types, data themes) are described in the graph
 * with their scheme, as DCAT-AP's controlled-vocabulary shapes ask.
 */
@Component
class DcatCatalogue {

	static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";

	static final String FOAF = "http://xmlns.com/foaf/0.1/";

	static final String IANA = "https://www.iana.org/assignments/media-types/";

	/** EU Vocabularies file types of the media types Liaison serves; others get their media type only. */
	static final Map<String, String> FILE_TYPES = Map.of("text/csv", "CSV", "application/json", "JSON",
			"application/atom+xml", "ATOM", "application/xml", "XML", "text/turtle", "RDF_TURTLE",
			"application/ld+json", "JSON_LD");

	/** The data themes every dataset is filed under, with their English labels. */
	static final Map<String, String> THEMES = Map.of("INTR", "International issues", "GOVE",
			"Government and public sector");

	private final OpenDataCatalog catalog;

	private final PortalLanguages languages;

	private final MessageSource messages;

	private final String publisherName;

	private final String publisherUri;

	DcatCatalogue(OpenDataCatalog catalog, PortalLanguages languages, MessageSource messages,
			@Value("${liaison.opendata.publisher-name:}") String publisherName,
			@Value("${liaison.opendata.publisher-uri:}") String publisherUri) {
		this.catalog = catalog;
		this.languages = languages;
		this.messages = messages;
		this.publisherName = publisherName;
		this.publisherUri = publisherUri;
	}

	/** The catalogue, its addresses on the portal at {@code baseUrl}. */
	Model build(String baseUrl) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF)
			.setNsPrefix("skos", SKOS.uri).setNsPrefix("vcard", VCARD4.NS).setNsPrefix("xsd", XSDDatatype.XSD + "#");
		String language = languages.defaultLanguage();
		List<Dataset> datasets = catalog.datasets(language);
		String licenceUrl = t("exchange.opendata.licence.url", language);
		Resource licence = model.createResource(licenceUrl, DCTerms.LicenseDocument)
			.addProperty(DCTerms.title, t("exchange.opendata.licence.name", language), language);
		Resource publisher = publisher(model, baseUrl);
		Resource contact = model.createResource(baseUrl + "/opendata/catalog#contact", VCARD4.Kind)
			.addProperty(RDF.type, VCARD4.Organization)
			.addProperty(VCARD4.fn, name(language))
			.addProperty(VCARD4.hasURL, model.createResource(baseUrl + "/" + language + "/opendata"));
		Resource themes = model.createResource(AUTHORITY + "data-theme", SKOS.ConceptScheme)
			.addProperty(DCTerms.title, "Data theme", "en");
		LocalDate modified = datasets.stream().map(Dataset::updated).max(Comparator.naturalOrder()).orElseThrow();
		Resource root = model.createResource(baseUrl + "/opendata/catalog", DCAT.Catalog)
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCTerms.license, licence)
			.addProperty(DCAT.themeTaxonomy, themes)
			.addProperty(model.createProperty(FOAF, "homepage"),
					model.createResource(baseUrl + "/" + language + "/opendata", model.createResource(FOAF + "Document")))
			.addLiteral(DCTerms.modified, model.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate));
		for (String tag : languages.languages()) {
			root.addProperty(DCTerms.title, t("exchange.opendata.catalogue.title", tag, name(tag)), tag);
			root.addProperty(DCTerms.description, t("exchange.opendata.lead", tag), tag);
			root.addProperty(DCTerms.language, language(model, tag));
		}
		for (Dataset dataset : datasets) {
			root.addProperty(DCAT.dataset, dataset(model, dataset, baseUrl, publisher, contact, licence));
		}
		return model;
	}

	private Resource dataset(Model model, Dataset dataset, String baseUrl, Resource publisher, Resource contact,
			Resource licence) {
		Resource node = model.createResource(baseUrl + "/opendata/catalog#" + dataset.key(), DCAT.Dataset)
			.addProperty(DCTerms.identifier, dataset.key())
			.addProperty(DCTerms.publisher, publisher)
			.addProperty(DCAT.contactPoint, contact)
			.addLiteral(DCTerms.modified, model.createTypedLiteral(dataset.updated().toString(), XSDDatatype.XSDdate));
		for (String tag : languages.languages()) {
			node.addProperty(DCTerms.title, t("exchange.dataset." + dataset.key(), tag), tag);
			node.addProperty(DCTerms.description, t("exchange.dataset." + dataset.key() + ".description", tag), tag);
			node.addProperty(DCTerms.language, language(model, tag));
			node.addProperty(DCAT.landingPage, model.createResource(
					baseUrl + "/" + tag + "/" + ((dataset.landingPage() == null) ? "opendata" : dataset.landingPage()),
					model.createResource(FOAF + "Document")));
		}
		THEMES.forEach((code, label) -> node.addProperty(DCAT.theme, concept(model, "data-theme", code, label)));
		int number = 0;
		for (Dataset.Download download : dataset.downloads()) {
			Resource distribution = model
				.createResource(baseUrl + "/opendata/catalog#" + dataset.key() + "-" + (++number), DCAT.Distribution)
				.addProperty(DCTerms.title, download.format(), "en")
				.addProperty(DCAT.accessURL, model.createResource(baseUrl + "/" + languages.defaultLanguage() + "/opendata"))
				.addProperty(DCAT.downloadURL, model.createResource(baseUrl + download.href()))
				.addProperty(DCAT.mediaType,
						model.createResource(IANA + download.mediaType(), DCTerms.MediaType))
				.addProperty(DCTerms.license, licence)
				.addLiteral(DCTerms.modified, model.createTypedLiteral(dataset.updated().toString(), XSDDatatype.XSDdate));
			String fileType = FILE_TYPES.get(download.mediaType());
			if (fileType != null) {
				distribution.addProperty(DCTerms.format, concept(model, "file-type", fileType, fileType)
					.addProperty(RDF.type, DCTerms.MediaTypeOrExtent));
			}
			node.addProperty(DCAT.distribution, distribution);
		}
		return node;
	}

	private Resource publisher(Model model, String baseUrl) {
		String uri = publisherUri.isBlank() ? baseUrl + "/opendata/catalog#publisher" : publisherUri;
		return model.createResource(uri, model.createResource(FOAF + "Agent"))
			.addProperty(model.createProperty(FOAF, "name"), name(languages.defaultLanguage()),
					languages.defaultLanguage());
	}

	/** The EU Vocabularies language of an ISO 639-1 tag: {@code hu} is {@code .../language/HUN}. */
	private static Resource language(Model model, String tag) {
		String code = Locale.forLanguageTag(tag).getISO3Language().toUpperCase(Locale.ROOT);
		return concept(model, "language", code, Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH))
			.addProperty(RDF.type, DCTerms.LinguisticSystem);
	}

	/** A concept of an EU Vocabularies authority table, with its scheme and English label. */
	private static Resource concept(Model model, String table, String code, String label) {
		Resource concept = model.createResource(AUTHORITY + table + "/" + code, SKOS.Concept)
			.addProperty(SKOS.inScheme, model.createResource(AUTHORITY + table));
		if (!concept.hasProperty(SKOS.prefLabel)) {
			concept.addProperty(SKOS.prefLabel, label, "en");
		}
		return concept;
	}

	private String name(String language) {
		return publisherName.isBlank() ? t("site.name", language) : publisherName;
	}

	private String t(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

}
