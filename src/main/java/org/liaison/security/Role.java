package org.liaison.security;

/**
 * What a user may do in the back office. Anonymous visitors see only published public content.
 */
public enum Role {

	/** Everything, including users and the audit log. */
	ADMINISTRATOR,

	/** Content: news, pages, documents. */
	EDITOR,

	/** Partners, dialogues, commitments and projects. */
	OFFICER,

	/** Reads the back office, changes nothing. */
	VIEWER;

	/** The authority Spring Security checks: {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
