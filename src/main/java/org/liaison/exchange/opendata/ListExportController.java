package org.liaison.exchange.opendata;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.common.web.BaseUrl;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every public list other than projects as open data: {@code /opendata/<list>.csv} (RFC 4180,
 * UTF-8, {@code bom=true} for a byte-order mark) and {@code /opendata/<list>.json}, with the list's
 * filters as query parameters. A parameter the list does not take, or a value that names nothing,
 * is a 400 naming the parameter, before anything is written.
 */
@RestController
class ListExportController {

	private final Map<String, ListExport> exports;

	private final OpenDataRequest requests;

	private final JsonMapper json;

	ListExportController(List<ListExport> exports, OpenDataRequest requests, JsonMapper json) {
		this.exports = exports.stream()
			.collect(Collectors.toMap(ListExport::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.requests = requests;
		this.json = json;
	}

	@GetMapping("/opendata/{list:[a-z]+}.csv")
	void csv(@PathVariable String list, @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "false") boolean bom, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ListExport export = export(list);
		ListExport.Rows rows = export.source().open(query(export, parameters, request, "bom"));
		ExportWriter.<ExportRecord>csv(response, export.name(), export.columns(), bom, rows::forEach,
				ExportRecord::csvRow);
	}

	@GetMapping("/opendata/{list:[a-z]+}.json")
	void json(@PathVariable String list, @RequestParam Map<String, String> parameters, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ListExport export = export(list);
		ListExport.Rows rows = export.source().open(query(export, parameters, request));
		ExportWriter.<ExportRecord>json(response, json, Object.class, rows::forEach);
	}

	private ListExport export(String list) {
		ListExport export = exports.get(list);
		if (export == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No open-data list '" + list + "'");
		}
		return export;
	}

	private ExportQuery query(ListExport export, Map<String, String> parameters, HttpServletRequest request,
			String... formatParameters) {
		for (String name : parameters.keySet()) {
			if (!name.equals("lang") && !export.filters().contains(name) && !List.of(formatParameters).contains(name)) {
				throw new OpenDataRequest.BadParameterException(name, parameters.get(name),
						"is not a filter of the " + export.name() + " list (it takes "
								+ (export.filters().isEmpty() ? "none" : String.join(", ", export.filters())) + ")");
			}
		}
		return new ExportQuery(parameters, requests.language(parameters.get("lang")), BaseUrl.of(request));
	}

}
