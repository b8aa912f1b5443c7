package org.liaison.admin;

import java.util.List;

import org.liaison.security.Role;

/**
 * A section of the back office, as its navigation shows it.
 *
 * @param key the message key suffix and path: {@code news} is {@code /admin/news}, {@code admin.nav.news}
 * @param writers the roles that may change its items (administrators always may)
 * @param readers the roles that may open it at all
 */
public record AdminSection(String key, List<Role> writers, List<Role> readers) {

	static final List<Role> EVERYONE = List.of(Role.values());

	public static final List<AdminSection> ALL = List.of(
			new AdminSection("news", List.of(Role.EDITOR), EVERYONE),
			new AdminSection("dialogues", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("commitments", List.of(Role.OFFICER), EVERYONE),
			// catalogue: partners (with agreements), regions, vocabularies and terms, users
			new AdminSection("partners", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("regions", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("vocabularies", List.of(Role.OFFICER, Role.EDITOR), EVERYONE),
			new AdminSection("users", List.of(), List.of(Role.ADMINISTRATOR)),
			new AdminSection("programmes", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("projects", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("organisations", List.of(Role.OFFICER), EVERYONE),
			new AdminSection("pages", List.of(Role.EDITOR), EVERYONE),
			new AdminSection("documents", List.of(Role.EDITOR), EVERYONE),
			new AdminSection("imports", List.of(Role.OFFICER), List.of(Role.OFFICER)),
			new AdminSection("audit", List.of(), List.of(Role.ADMINISTRATOR)),
			new AdminSection("api-tokens", List.of(), List.of(Role.ADMINISTRATOR)));

	public String href() {
		return "/admin/" + key;
	}

	public boolean readableBy(Role role) {
		return role == Role.ADMINISTRATOR || readers.contains(role);
	}

	public boolean writableBy(Role role) {
		return role == Role.ADMINISTRATOR || writers.contains(role);
	}

}
