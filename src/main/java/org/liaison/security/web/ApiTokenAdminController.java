package org.liaison.security.web;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.ApiTokenService;
import org.liaison.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators list, create and revoke the REST API's tokens. A new token's secret is shown once,
 * in the answer to the form that created it (never in a URL, never stored).
 */
@Controller
class ApiTokenAdminController {

	private final ApiTokenService tokens;

	ApiTokenAdminController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/admin/api-tokens")
	String list(@RequestParam(required = false) String revoked, Model model) {
		return page(model, "", Role.VIEWER, null, null, (revoked != null) ? "security.tokens.revoked" : null);
	}

	@PostMapping("/admin/api-tokens")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String role,
			Model model, HttpServletResponse response) {
		Role wanted = parseRole(role);
		String given = (name == null) ? "" : name.strip();
		if (!ApiTokenService.NAME.matcher(given).matches()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, given, wanted, null, "security.tokens.nameInvalid", null);
		}
		if (wanted == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, given, Role.VIEWER, null, "security.tokens.roleInvalid", null);
		}
		try {
			ApiTokenService.Created created = tokens.create(given, wanted);
			return page(model, "", Role.VIEWER, created, null, null);
		}
		catch (ApiTokenService.NameTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, given, wanted, null, "security.tokens.nameTaken", null);
		}
	}

	@PostMapping("/admin/api-tokens/{id:\\d{1,18}}/revoke")
	String revoke(@PathVariable long id) {
		try {
			tokens.revoke(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "redirect:/admin/api-tokens?revoked";
	}

	private String page(Model model, String name, Role role, ApiTokenService.Created created, String error,
			String notice) {
		model.addAttribute("tokens", tokens.tokens());
		model.addAttribute("name", name);
		model.addAttribute("role", role);
		model.addAttribute("created", created);
		model.addAttribute("error", error);
		model.addAttribute("notice", notice);
		return "security/api-tokens";
	}

	private static Role parseRole(String value) {
		for (Role candidate : Role.values()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
