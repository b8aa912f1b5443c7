package org.liaison.security.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.AccountService;
import org.liaison.security.AccountService.AccountException;
import org.liaison.security.LiaisonUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in user changes their password; the first administrator must, before anything else. */
@Controller
class PasswordController {

	private final AccountService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("errors", Map.of());
		return "security/password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		LiaisonUser user = LiaisonUser.current().orElseThrow();
		if (!password.equals(repeat)) {
			return refused(model, response, "repeat", "security.password.mismatch");
		}
		try {
			accounts.changeOwnPassword(user.username(), current, password);
		}
		catch (AccountException ex) {
			return refused(model, response, ex.field(), ex.messageKey());
		}
		LiaisonUser changed = user.withPasswordChanged();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null,
				changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return "redirect:/admin?passwordChanged";
	}

	private static String refused(Model model, HttpServletResponse response, String field, String key) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("errors", Map.of(field, key));
		return "security/password";
	}

}
