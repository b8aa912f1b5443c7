package org.liaison.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liaison.exchange.ImportJob;
import org.liaison.exchange.internal.ImportJobs;
import org.liaison.security.LiaisonUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports in the back office: upload CORDIS data (the XML zip, XML files, or the CSV pair), then
 * follow the import on its progress page, which works without JavaScript (a refresh link) and
 * updates itself with it (polling the job's JSON).
 */
@Controller
class ImportAdminController {

	private final ImportJobs jobs;

	ImportAdminController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/admin/imports")
	String list(Model model) {
		return page(model, null);
	}

	private String page(Model model, String error) {
		model.addAttribute("jobs", jobs.recent());
		model.addAttribute("error", error);
		return "admin/imports/list";
	}

	@PostMapping(path = "/admin/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String upload(@RequestParam(name = "kind", defaultValue = "cordis") String kind,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) throws IOException {
		List<MultipartFile> given = (files == null) ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty()).toList();
		if (given.isEmpty()) {
			return page(model, "exchange.imports.error.noFile");
		}
		if (!ImportJobs.KINDS.contains(kind)) {
			return page(model, "exchange.imports.error.kind");
		}
		List<String> names = new ArrayList<>();
		for (MultipartFile file : given) {
			String name = safeName(file.getOriginalFilename());
			if (name == null) {
				return page(model, "exchange.imports.error.type");
			}
			names.add(name);
		}
		Path folder = jobs.newUploadFolder();
		for (int i = 0; i < given.size(); i++) {
			try (InputStream in = given.get(i).getInputStream()) {
				Files.copy(in, folder.resolve(names.get(i)), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		String actor = LiaisonUser.current().map(LiaisonUser::username).orElse(null);
		ImportJob job = jobs.submit(kind, folder, actor, true);
		return "redirect:/admin/imports/" + job.id();
	}

	/**
	 * The file's own name, reduced to safe characters, when it is a kind of file an import reads
	 * (zip, xml, csv); null otherwise. Never a path: the upload's folder is the server's choice.
	 */
	static String safeName(String original) {
		if (original == null) {
			return null;
		}
		String name = original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		String lower = name.toLowerCase(Locale.ROOT);
		boolean readable = lower.endsWith(".zip") || lower.endsWith(".xml") || lower.endsWith(".csv");
		return (!readable || name.startsWith(".")) ? null : name;
	}

	@GetMapping("/admin/imports/{id}")
	String job(@PathVariable String id, Model model) {
		model.addAttribute("job", require(id));
		return "admin/imports/job";
	}

	@GetMapping(path = "/admin/imports/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> status(@PathVariable String id) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(statusOf(require(id)));
	}

	private ImportJob require(String id) {
		return jobs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
	}

	/** A job's state as JSON: what the progress page's script and the {@code import} command read. */
	static Map<String, Object> statusOf(ImportJob job) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("id", job.id());
		status.put("kind", job.kind());
		status.put("input", job.input());
		status.put("state", job.state().name());
		status.put("total", job.total());
		status.put("position", job.position());
		status.put("committed", job.committed());
		status.put("resumedAfter", job.resumedAfter());
		status.put("percent", job.percent());
		status.put("rate", Math.round(job.rate()));
		status.put("rejected", job.rejectedCount());
		status.put("rejections", job.rejections().stream()
			.map(r -> Map.of("file", r.file(), "line", r.line(), "reason", r.reason()))
			.toList());
		if (job.summary() != null) {
			status.put("summary", Map.of("read", job.summary().read(), "created", job.summary().created(), "updated",
					job.summary().updated(), "unchanged", job.summary().unchanged(), "rejected", job.summary().rejected(),
					"seconds", job.summary().elapsed().toMillis() / 1000.0, "text", job.summary().toString()));
		}
		if (job.failure() != null) {
			status.put("failure", job.failure());
		}
		return status;
	}

}
