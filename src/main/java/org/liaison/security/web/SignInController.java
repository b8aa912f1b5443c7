package org.liaison.security.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, in the portal's layout; Spring Security's form login receives what it sends. */
@Controller
class SignInController {

	private final org.liaison.security.internal.OidcSettings oidc;

	SignInController(org.liaison.security.internal.OidcSettings oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String signIn(HttpServletRequest request, Model model) {
		model.addAttribute("csrf", request.getAttribute(CsrfToken.class.getName()));
		model.addAttribute("failed", request.getParameter("error") != null);
		String notice = null;
		if (request.getParameter("signedOut") != null) {
			notice = "security.login.signedOut";
		}
		else if (request.getParameter("expired") != null) {
			notice = "security.login.expired";
		}
		else if (request.getParameter("ssoRefused") != null) {
			notice = "security.login.ssoRefused";
		}
		model.addAttribute("sso", oidc.enabled() ? oidc.name() : null);
		model.addAttribute("notice", notice);
		return "security/login";
	}

}
