package org.liaison.admin.web;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.admin.AdminFrame;
import org.liaison.security.LiaisonUser;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every back-office template its {@link AdminFrame} as the model attribute {@code admin}. */
@ControllerAdvice(basePackages = "org.liaison")
class AdminFrameAdvice {

	@ModelAttribute("admin")
	AdminFrame admin(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!(path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/account/"))) {
			return null;
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return LiaisonUser.current().map(user -> AdminFrame.of(user, csrf)).orElse(null);
	}

}
