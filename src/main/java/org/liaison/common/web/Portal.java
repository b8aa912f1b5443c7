package org.liaison.common.web;

/** Route patterns shared by the portal's controllers. */
public final class Portal {

	/** The language segment of every portal URL: two or three lower-case letters. */
	public static final String LANG = "/{lang:[a-z]{2,3}}";

	private Portal() {
	}

}
