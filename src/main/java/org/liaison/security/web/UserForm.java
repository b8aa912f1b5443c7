package org.liaison.security.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.security.Role;
import org.liaison.security.UserAccount;

/**
 * The user form, as sent. A new user also has a username and an initial password; an existing one
 * keeps its username, and its password is set apart ("set a new password").
 */
public class UserForm {

	/** Checked again by the account service; here so the message stands next to the field. */
	@Pattern(regexp = "[a-z0-9._-]{2,60}", message = "security.username.invalid")
	private String username;

	@Size(max = 200, message = "admin.validation.tooLong")
	private String displayName;

	@Size(max = 254, message = "admin.validation.tooLong")
	@Pattern(regexp = "([^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,})?", message = "security.user.email.invalid")
	private String email;

	@NotNull(message = "admin.validation.required")
	private Role role = Role.VIEWER;

	private String password;

	private Long version;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayNameOrNull();
		form.email = account.getEmail();
		form.role = account.getRole();
		form.version = account.getVersion();
		return form;
	}

	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("security.users.displayName", displayName == null ? "" : displayName);
		fields.put("security.users.email", email == null ? "" : email);
		fields.put("security.users.role", String.valueOf(role));
		return fields;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = (username == null) ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = (email == null) ? null : email.strip();
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
