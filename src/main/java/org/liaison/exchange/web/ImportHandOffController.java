package org.liaison.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.exchange.ImportJob;
import org.liaison.exchange.internal.ImportHandOff;
import org.liaison.exchange.internal.ImportJobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where an {@code import} command hands its import to the running server: {@code POST
 * /internal/imports} with either {@code path} (a file or folder this server can read: the command
 * runs on the same machine) or the files themselves as {@code multipart/form-data}; then
 * {@code GET /internal/imports/{id}} until the job has ended. Every call carries the server's
 * import token as a bearer token; errors are RFC 9457 problem details.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ImportHandOffController {

	private final ImportHandOff handOff;

	private final ImportJobs jobs;

	ImportHandOffController(ImportHandOff handOff, ImportJobs jobs) {
		this.handOff = handOff;
		this.jobs = jobs;
	}

	@PostMapping(path = "/internal/imports", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<?> importPath(HttpServletRequest request, @RequestParam String kind, @RequestParam String path,
			@RequestParam(required = false) String actor) {
		ResponseEntity<ProblemDetail> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		Path input = Path.of(path);
		if (!input.isAbsolute() || !Files.isReadable(input)) {
			return problem(HttpStatus.BAD_REQUEST, "path", "The server cannot read " + path
					+ " (give an absolute path on the server's machine, or send the files)");
		}
		return started(kind, input, actor, false);
	}

	@PostMapping(path = "/internal/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFiles(HttpServletRequest request, @RequestParam String kind,
			@RequestParam(name = "files") List<MultipartFile> files, @RequestParam(required = false) String actor)
			throws IOException {
		ResponseEntity<ProblemDetail> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		Path folder = jobs.newUploadFolder();
		for (MultipartFile file : files) {
			String name = ImportAdminController.safeName(file.getOriginalFilename());
			if (name == null) {
				return problem(HttpStatus.BAD_REQUEST, "files",
						"Only zip, XML and CSV files can be imported: " + file.getOriginalFilename());
			}
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		return started(kind, folder, actor, true);
	}

	/** Any other body: the token is checked first, so that nobody learns more without it. */
	@PostMapping(path = "/internal/imports")
	ResponseEntity<?> unsupported(HttpServletRequest request) {
		ResponseEntity<ProblemDetail> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
				"Send application/x-www-form-urlencoded (kind, path) or multipart/form-data (kind, files)");
	}

	private ResponseEntity<?> started(String kind, Path input, String actor, boolean uploaded) {
		ImportJob job;
		try {
			job = jobs.submit(kind, input, (actor == null || actor.isBlank()) ? "import-command" : actor, uploaded);
		}
		catch (IllegalArgumentException ex) {
			return problem(HttpStatus.BAD_REQUEST, "kind", ex.getMessage());
		}
		return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/internal/imports/" + job.id())
			.body(ImportAdminController.statusOf(job));
	}

	@GetMapping(path = "/internal/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> status(HttpServletRequest request, @PathVariable String id) {
		ResponseEntity<ProblemDetail> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		return jobs.find(id)
			.<ResponseEntity<?>>map(job -> ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(ImportAdminController.statusOf(job)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "id", "There is no import " + id));
	}

	/** The server answers the command that asks whether it can take an import. */
	@GetMapping(path = "/internal/imports", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> ready(HttpServletRequest request) {
		ResponseEntity<ProblemDetail> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		return ResponseEntity.ok(Map.of("kinds", ImportJobs.KINDS));
	}

	private ResponseEntity<ProblemDetail> refuse(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String presented = (header != null && header.startsWith("Bearer ")) ? header.substring(7).strip() : null;
		if (handOff.accepts(presented)) {
			return null;
		}
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Hand-off imports need the server's import token (LIAISON_IMPORT_TOKEN, or the data directory's "
						+ ImportHandOff.FILE + ")");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String parameter, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("parameter", parameter);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
