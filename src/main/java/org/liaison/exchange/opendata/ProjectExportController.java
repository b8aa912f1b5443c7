package org.liaison.exchange.opendata;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.common.web.BaseUrl;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project list as open data, CSV (RFC 4180) and JSON, with the portal list's filters. Both are
 * streamed: the projects are read from {@link ProjectService} a chunk at a time by keyset (in id
 * order, each chunk in its own short transaction), and written out before the next is read.
 */
@RestController
class ProjectExportController {

	/** Projects read per query while streaming. */
	static final int CHUNK = 500;

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
		ExportWriter.<Project>csv(response, "projects", ProjectRecord.COLUMNS, bom, sink -> forEach(filter, sink),
				project -> ProjectRecord.of(project, language, base).csvRow());
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
		ExportWriter.<ProjectRecord>json(response, json, ProjectRecord.class,
				sink -> forEach(filter, project -> sink.accept(ProjectRecord.of(project, language, base))));
	}

	/** Every project the filter matches, in id order, read {@link #CHUNK} at a time after the last one read. */
	private void forEach(ProjectFilter filter, Consumer<Project> action) {
		Long after = null;
		List<Project> chunk;
		do {
			chunk = projects.findAfter(filter, null, after, CHUNK);
			chunk.forEach(action);
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).getId();
		}
		while (chunk.size() == CHUNK);
	}

}
