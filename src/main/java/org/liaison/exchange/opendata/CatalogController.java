package org.liaison.exchange.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

import org.liaison.common.web.BaseUrl;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DCAT-AP catalogue of Liaison's datasets: {@code /opendata/catalog.ttl} (Turtle) and
 * {@code /opendata/catalog.jsonld} (JSON-LD 1.1), written by Apache Jena. The catalogue's own IRI,
 * {@code /opendata/catalog}, redirects to one of them by the {@code Accept} header.
 */
@RestController
class CatalogController {

	static final MediaType TURTLE = new MediaType("text", "turtle", StandardCharsets.UTF_8);

	static final MediaType JSON_LD = new MediaType("application", "ld+json", StandardCharsets.UTF_8);

	private final DcatCatalogue catalogue;

	CatalogController(DcatCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/opendata/catalog.ttl")
	ResponseEntity<byte[]> turtle(HttpServletRequest request) {
		return write(catalogue.build(BaseUrl.of(request)), RDFFormat.TURTLE_PRETTY, TURTLE);
	}

	@GetMapping("/opendata/catalog.jsonld")
	ResponseEntity<byte[]> jsonLd(HttpServletRequest request) {
		return write(catalogue.build(BaseUrl.of(request)), RDFFormat.JSONLD11, JSON_LD);
	}

	@GetMapping("/opendata/catalog")
	ResponseEntity<Void> negotiate(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
		boolean jsonLd = accept != null && (accept.contains("application/ld+json") || accept.contains("application/json"));
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, jsonLd ? "/opendata/catalog.jsonld" : "/opendata/catalog.ttl")
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.build();
	}

	private static ResponseEntity<byte[]> write(Model model, RDFFormat format, MediaType type) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RDFDataMgr.write(out, model, format);
		return ResponseEntity.ok().contentType(type).body(out.toByteArray());
	}

}
