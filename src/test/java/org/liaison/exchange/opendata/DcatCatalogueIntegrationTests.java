package org.liaison.exchange.opendata;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DCAT-AP catalogue, fetched anonymously in Turtle and JSON-LD and validated with Apache Jena
 * SHACL against the official DCAT-AP 3.0.1 shapes (copied into {@code src/test/resources/dcat-ap}).
 */
@LiaisonIntegrationTest
class DcatCatalogueIntegrationTests {

	static final List<String> SHAPE_FILES = List.of("shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl",
			"deprecateduris.ttl");

	static Shapes shapes;

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeAll
	static void loadShapes() throws Exception {
		Model all = ModelFactory.createDefaultModel();
		for (String file : SHAPE_FILES) {
			try (InputStream in = DcatCatalogueIntegrationTests.class.getResourceAsStream("/dcat-ap/" + file)) {
				assertThat(in).as(file).isNotNull();
				RDFDataMgr.read(all, in, Lang.TURTLE);
			}
		}
		shapes = Shapes.parse(all.getGraph());
		assertThat(shapes.numRootShapes()).isGreaterThan(30);
	}

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void turtleCatalogueHasNoDcatApViolation() {
		Model catalogue = fetch("/opendata/catalog.ttl", "text/turtle", Lang.TURTLE);
		assertThat(violations(catalogue.getGraph())).isEmpty();
	}

	@Test
	void jsonLdCatalogueIsTheSameGraphAndHasNoViolation() {
		Model turtle = fetch("/opendata/catalog.ttl", "text/turtle", Lang.TURTLE);
		Model jsonLd = fetch("/opendata/catalog.jsonld", "application/ld+json", Lang.JSONLD);
		assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
		assertThat(violations(jsonLd.getGraph())).isEmpty();
	}

	@Test
	void listsEveryDatasetAndDownloadOfTheOpenDataPage() {
		Model catalogue = fetch("/opendata/catalog.ttl", "text/turtle", Lang.TURTLE);
		String base = "http://localhost:" + port;
		Set<String> pageDownloads = http.get("/en/opendata").select("tbody a[type]").eachAttr("href").stream()
			.map(href -> base + href).collect(Collectors.toSet());
		Set<String> catalogued = catalogue.listObjectsOfProperty(DCAT.downloadURL).toList().stream()
			.map(node -> node.asResource().getURI()).collect(Collectors.toSet());
		assertThat(catalogued).isEqualTo(pageDownloads);
		List<Resource> datasets = catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
		assertThat(datasets).hasSize(http.get("/en/opendata").select("table").first().select("tbody tr").size());
		Resource projects = catalogue.getResource(base + "/opendata/catalog#projects");
		assertThat(projects.hasProperty(DCTerms.title, catalogue.createLiteral("Projects", "en"))).isTrue();
		assertThat(projects.hasProperty(DCTerms.title, catalogue.createLiteral("Projektek", "hu"))).isTrue();
		assertThat(projects.hasProperty(DCTerms.language,
				catalogue.getResource("http://publications.europa.eu/resource/authority/language/HUN"))).isTrue();
		assertThat(projects.hasProperty(DCAT.theme,
				catalogue.getResource("http://publications.europa.eu/resource/authority/data-theme/INTR"))).isTrue();
		assertThat(projects.getProperty(DCTerms.modified).getLiteral().getDatatypeURI())
			.endsWith("#date");
		Resource csv = projects.listProperties(DCAT.distribution).toList().stream().map(Statement::getResource)
			.filter(d -> d.getProperty(DCAT.downloadURL).getResource().getURI().endsWith("/opendata/projects.csv?lang=en"))
			.findFirst().orElseThrow();
		assertThat(csv.getProperty(DCAT.mediaType).getResource().getURI())
			.isEqualTo("https://www.iana.org/assignments/media-types/text/csv");
		assertThat(csv.getProperty(DCTerms.format).getResource().getURI())
			.isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV");
		assertThat(csv.getProperty(DCTerms.license).getResource().getURI())
			.startsWith("https://creativecommons.org/licenses/by/4.0/");
		Resource catalog = catalogue.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next();
		assertThat(catalog.getProperty(DCTerms.publisher).getResource().hasProperty(
				catalogue.createProperty("http://xmlns.com/foaf/0.1/name"))).isTrue();
	}

	@Test
	void catalogueIriRedirectsByAcceptHeader() throws Exception {
		HttpResponse<String> turtle = http.fetch("/opendata/catalog");
		assertThat(turtle.statusCode()).isEqualTo(303);
		assertThat(turtle.headers().firstValue("Location")).hasValue("/opendata/catalog.ttl");
		HttpResponse<String> jsonLd = http.fetch("/opendata/catalog", "Accept", "application/ld+json");
		assertThat(jsonLd.statusCode()).isEqualTo(303);
		assertThat(jsonLd.headers().firstValue("Location")).hasValue("/opendata/catalog.jsonld");
	}

	@Test
	void validationFailsOnABrokenCatalogue() {
		Model broken = fetch("/opendata/catalog.ttl", "text/turtle", Lang.TURTLE);
		Resource catalog = broken.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next();
		// DCAT-AP requires a catalogue's title and every distribution's access URL; a language must be
		// from the EU Vocabularies' table.
		broken.removeAll(catalog, DCTerms.title, null);
		Resource distribution = broken.listSubjectsWithProperty(RDF.type, DCAT.Distribution).next();
		broken.removeAll(distribution, DCAT.accessURL, null);
		catalog.addProperty(DCTerms.language, broken.createResource("http://example.org/klingon"));
		List<ReportEntry> violations = violations(broken.getGraph());
		assertThat(violations).extracting(entry -> entry.resultPath().toString())
			.anySatisfy(path -> assertThat(path).contains("title"))
			.anySatisfy(path -> assertThat(path).contains("accessURL"))
			.anySatisfy(path -> assertThat(path).contains("language"));
	}

	private Model fetch(String path, String mediaType, Lang lang) {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(mediaType));
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(response.body(), lang).parse(model);
		return model;
	}

	/** The SHACL results of severity Violation; warnings (recommendations) are allowed. */
	private static List<ReportEntry> violations(Graph data) {
		ValidationReport report = ShaclValidator.get().validate(shapes, data);
		return report.getEntries().stream().filter(entry -> entry.severity() == Severity.Violation).toList();
	}

}
