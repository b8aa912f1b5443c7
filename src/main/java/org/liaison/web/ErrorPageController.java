package org.liaison.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Errors (404, 500…) shown in the site's layout, in the language of the page that failed. */
@Controller
class ErrorPageController implements ErrorController {

	private final PageContextAdvice pages;

	ErrorPageController(PageContextAdvice pages) {
		this.pages = pages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		PageContext page = pages.contextFor(request, uri, null, false);
		String kind = (status == 404) ? "notFound" : (status >= 500) ? "server" : "client";
		ModelAndView view = new ModelAndView("web/error",
				Map.of("page", page, "status", status, "kind", kind,
						"crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
								Crumb.here(page.t("error." + kind + ".title")))));
		view.setStatus(HttpStatus.valueOf(status));
		return view;
	}

}
