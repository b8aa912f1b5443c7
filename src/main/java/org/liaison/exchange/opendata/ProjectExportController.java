package org.liaison.exchange.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.common.web.BaseUrl;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectPage;
import org.liaison.project.ProjectService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project list as open data, CSV (RFC 4180) and JSON, with the portal list's filters. Both are
 * streamed: the projects are read from {@link ProjectService} a chunk at a time, each chunk in its
 * own short transaction, and written out before the next is read.
 */
@RestController
class ProjectExportController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** Projects read per query while streaming. */
	static final int CHUNK = 500;

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader(ProjectRecord.COLUMNS).get();

	private final ProjectService projects;

	private final OpenDataRequest requests;

	private final JsonMapper json;

	ProjectExportController(ProjectService projects, OpenDataRequest requests, JsonMapper json) {
		this.projects = projects;
		this.requests = requests;
		this.json = json;
	}

	@GetMapping("/opendata/projects.csv")
	void csv(@RequestParam(required = false) String lang, @RequestParam(required = false) String region,
			@RequestParam(required = false) String country, @RequestParam(required = false) String goal,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String theme, @RequestParam(defaultValue = "false") boolean bom,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String language = requests.language(lang);
		ProjectFilter filter = requests.projectFilter(region, country, goal, priority, programme, theme);
		String base = BaseUrl.of(request);
		response.setContentType(TEXT_CSV.toString() + "; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"projects.csv\"");
		OutputStream out = response.getOutputStream();
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		if (bom) {
			writer.write('\uFEFF');
		}
		try (CSVPrinter printer = new CSVPrinter(writer, CSV)) {
			forEach(filter, project -> {
				try {
					printer.printRecord(ProjectRecord.of(project, language, base).csvRow());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	@GetMapping("/opendata/projects.json")
	void json(@RequestParam(required = false) String lang, @RequestParam(required = false) String region,
			@RequestParam(required = false) String country, @RequestParam(required = false) String goal,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String theme, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String language = requests.language(lang);
		ProjectFilter filter = requests.projectFilter(region, country, goal, priority, programme, theme);
		String base = BaseUrl.of(request);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (SequenceWriter array = json.writerFor(ProjectRecord.class)
			.writeValuesAsArray(response.getOutputStream())) {
			forEach(filter, project -> array.write(ProjectRecord.of(project, language, base)));
		}
	}

	@ExceptionHandler(OpenDataRequest.BadParameterException.class)
	ResponseEntity<?> badParameter(OpenDataRequest.BadParameterException ex, HttpServletRequest request) {
		if (request.getRequestURI().endsWith(".json")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
			problem.setTitle("Unknown filter value");
			problem.setProperty("parameter", ex.parameter());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(ex.getMessage() + "\n");
	}

	/** Every project the filter matches, newest first, read {@link #CHUNK} at a time. */
	private void forEach(ProjectFilter filter, Consumer<Project> action) {
		int page = 1;
		ProjectPage chunk;
		do {
			chunk = projects.find(filter, page++, CHUNK);
			chunk.projects().forEach(action);
		}
		while (chunk.hasNext());
	}

}
