package org.liaison.security.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.PageNumber;
import org.liaison.security.AccountService;
import org.liaison.security.AccountService.AccountException;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.security.SecuritySettings;
import org.liaison.security.UserAccount;
import org.liaison.security.UserAdministration;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Users in the back office, for administrators only: the list, a new user with an initial password,
 * profile and role, a new password, enable/disable, unlock, delete (refused once the user has history).
 */
@Controller
class UserAdminController {

	private final UserAdministration users;

	private final AccountService accounts;

	private final SecuritySettings settings;

	UserAdminController(UserAdministration users, AccountService accounts, SecuritySettings settings) {
		this.users = users;
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(required = false) String deleted, Model model) {
		int number = PageNumber.parse(pageNumber);
		Role wanted = parseRole(role);
		Page<UserAccount> found = users.search(q, wanted, number);
		if (number > 1 && number > found.getTotalPages()) {
			throw PageNumber.notFound(number);
		}
		model.addAttribute("users", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("role", wanted);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		model.addAttribute("deleted", deleted != null);
		model.addAttribute("now", java.time.Instant.now());
		return "admin/users/list";
	}

	@GetMapping("/admin/users/new")
	String create(Model model) {
		return form(model, new UserForm(), null, Map.of(), null);
	}

	@PostMapping("/admin/users")
	String created(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, Map.of()));
		if (form.getUsername() == null || form.getUsername().isBlank()) {
			errors.putIfAbsent("username", "admin.validation.required");
		}
		if (form.getPassword() == null || form.getPassword().length() < settings.minimumPasswordLength()) {
			errors.putIfAbsent("password", "security.password.tooShort");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			form.setPassword(null);
			return form(model, form, null, errors, null);
		}
		try {
			UserAccount account = users.create(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getRole(),
					form.getPassword());
			return "redirect:/admin/users/" + account.getId() + "?saved";
		}
		catch (AccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			form.setPassword(null);
			return form(model, form, null, Map.of(ex.field(), ex.messageKey()), null);
		}
	}

	@GetMapping("/admin/users/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String saved,
			@RequestParam(required = false) String done, Model model) {
		UserAccount account = require(id);
		model.addAttribute("saved", saved != null);
		model.addAttribute("done", (done != null && done.matches("[a-zA-Z]{1,20}")) ? done : null);
		return form(model, UserForm.of(account), account, Map.of(), null);
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		UserAccount account = require(id);
		form.setUsername(account.getUsername());
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, Map.of()));
		if (form.getVersion() == null) {
			errors.putIfAbsent("form", "admin.validation.invalid");
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, account, errors, null);
		}
		try {
			users.update(id, form.getVersion(), form.getDisplayName(), form.getEmail(), form.getRole(), actor());
			return "redirect:/admin/users/" + id + "?saved";
		}
		catch (AccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, account, Map.of(ex.field(), ex.messageKey()), null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			UserAccount current = require(id);
			List<FieldDifference> conflict = FieldDifference.between(UserForm.of(current).summaryOfFields(), form.summaryOfFields());
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), conflict);
		}
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/password")
	String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Model model,
			HttpServletResponse response) {
		UserAccount account = require(id);
		try {
			accounts.resetPassword(id, password);
			return "redirect:/admin/users/" + id + "?done=password";
		}
		catch (AccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, UserForm.of(account), account, Map.of("newPassword", ex.messageKey()), null);
		}
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, Model model, HttpServletResponse response) {
		UserAccount account = require(id);
		try {
			users.setEnabled(id, enabled, actor());
			return "redirect:/admin/users/" + id + "?done=" + (enabled ? "enabled" : "disabled");
		}
		catch (AccountException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, UserForm.of(account), account, Map.of("enabled", ex.messageKey()), null);
		}
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/unlock")
	String unlock(@PathVariable long id) {
		require(id);
		accounts.unlock(id);
		return "redirect:/admin/users/" + id + "?done=unlocked";
	}

	@GetMapping("/admin/users/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		UserAccount account = require(id);
		return deletePage(model, account, users.dependentsOf(account));
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		UserAccount account = require(id);
		try {
			users.delete(id, actor());
			return "redirect:/admin/users?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, account, ex.dependents());
		}
		catch (AccountException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, UserForm.of(account), account, Map.of("delete", ex.messageKey()), null);
		}
	}

	private String deletePage(Model model, UserAccount account, List<Dependent> dependents) {
		model.addAttribute("account", account);
		model.addAttribute("dependents", dependents);
		model.addAttribute("self", account.getUsername().equals(actor()));
		return "admin/users/delete";
	}

	private String form(Model model, UserForm form, UserAccount account, Map<String, String> errors,
			List<FieldDifference> conflict) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("self", account != null && account.getUsername().equals(actor()));
		model.addAttribute("minimumPasswordLength", settings.minimumPasswordLength());
		model.addAttribute("now", java.time.Instant.now());
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", false);
		}
		if (!model.containsAttribute("done")) {
			model.addAttribute("done", null);
		}
		return (account == null) ? "admin/users/new" : "admin/users/form";
	}

	private UserAccount require(long id) {
		return accounts.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + id));
	}

	private static String actor() {
		return LiaisonUser.current().map(LiaisonUser::username).orElse("");
	}

	private static Role parseRole(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Role.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
