package org.liaison.exchange.iati;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.geography.GeographyService;
import org.liaison.project.Project;
import org.liaison.project.ProjectExchangePage;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public projects as IATI 2.03 activity XML, with the portal list's filters as query parameters.
 * Streamed: projects are read a chunk at a time, each chunk in its own short transaction, and
 * written out before the next is read.
 */
@RestController
class IatiExportController {

	/** Projects read per query while streaming. */
	static final int CHUNK = 200;

	private final ProjectService projects;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final IatiSettings settings;

	IatiExportController(ProjectService projects, GeographyService geography, TaxonomyService taxonomy,
			IatiSettings settings) {
		this.projects = projects;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.settings = settings;
	}

	@GetMapping("/opendata/iati-activities.xml")
	void activities(@RequestParam(required = false) String region, @RequestParam(required = false) String country,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String programme, @RequestParam(required = false) String theme,
			HttpServletResponse response) throws IOException, XMLStreamException {
		ProjectFilter filter = filter(region, country, goal, priority, programme, theme);
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"iati-activities.xml\"");
		OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
		try (IatiActivityWriter writer = new IatiActivityWriter(out, settings)) {
			int page = 1;
			ProjectExchangePage chunk;
			do {
				chunk = projects.findForExchange(filter, page++, CHUNK);
				for (Project project : chunk.projects()) {
					writer.write(project, chunk);
				}
				writer.flush();
			}
			while (chunk.hasNext());
		}
		out.flush();
	}

	private ProjectFilter filter(String region, String country, String goal, String priority, String programme,
			String theme) {
		ProjectFilter filter = new ProjectFilter(region, country, goal, priority, programme, theme);
		if (filter.region() != null && geography.region(filter.region()).isEmpty()) {
			throw new UnknownFilterValue("region", filter.region());
		}
		if (filter.country() != null && geography.country(filter.country()).isEmpty()) {
			throw new UnknownFilterValue("country", filter.country());
		}
		if (filter.programme() != null && projects.programme(filter.programme()).isEmpty()) {
			throw new UnknownFilterValue("programme", filter.programme());
		}
		if (filter.goal() != null && taxonomy.term(Vocabulary.POLICY_GOALS, filter.goal()).isEmpty()) {
			throw new UnknownFilterValue("goal", filter.goal());
		}
		if (filter.priority() != null && taxonomy.term(Vocabulary.D4D_PRIORITIES, filter.priority()).isEmpty()) {
			throw new UnknownFilterValue("priority", filter.priority());
		}
		if (filter.theme() != null && taxonomy.term(Vocabulary.THEMES, filter.theme()).isEmpty()) {
			throw new UnknownFilterValue("theme", filter.theme());
		}
		return filter;
	}

	@ExceptionHandler(UnknownFilterValue.class)
	ResponseEntity<String> unknown(UnknownFilterValue ex) {
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** A filter parameter naming nothing Liaison has. */
	static final class UnknownFilterValue extends RuntimeException {

		UnknownFilterValue(String parameter, String value) {
			super("There is no " + parameter + " '" + value + "' (parameter " + parameter + ")");
		}

	}

}
