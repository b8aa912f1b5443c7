package org.liaison.search.web;

import org.liaison.search.MoreLikeThis;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives portal templates {@code moreLikeThis}, for the {@code tag/moreLikeThis} tag of item pages:
 * nothing is searched unless a template asks, so other pages pay nothing.
 */
@ControllerAdvice(annotations = Controller.class)
class MoreLikeThisAdvice {

	private final MoreLikeThis moreLikeThis;

	MoreLikeThisAdvice(MoreLikeThis moreLikeThis) {
		this.moreLikeThis = moreLikeThis;
	}

	@ModelAttribute("moreLikeThis")
	MoreLikeThis moreLikeThis() {
		return moreLikeThis;
	}

}
