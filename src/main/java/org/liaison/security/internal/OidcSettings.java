package org.liaison.security.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.liaison.security.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through OpenID Connect, bound from {@code LIAISON_OIDC_ISSUER_URI},
 * {@code LIAISON_OIDC_CLIENT_ID}, {@code LIAISON_OIDC_CLIENT_SECRET}, {@code LIAISON_OIDC_ROLES_CLAIM},
 * {@code LIAISON_OIDC_ROLE_MAPPING} and {@code LIAISON_OIDC_NAME}; off while the issuer is empty.
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param clientId Liaison's client id at the provider
 * @param clientSecret Liaison's client secret
 * @param rolesClaim the ID-token (or user-info) claim that lists the user's groups or roles
 * @param roleMapping claim values and the Liaison role each gives, as {@code value=ROLE,value=ROLE};
 * a user with several gets the strongest, a user with none is refused
 * @param name the provider's name on the sign-in page ("Sign in with …")
 */
@ConfigurationProperties("liaison.security.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
		@DefaultValue("roles") String rolesClaim, String roleMapping, @DefaultValue("single sign-on") String name) {

	/** The registration id, in the callback path {@code /login/oauth2/code/oidc}. */
	public static final String REGISTRATION = "oidc";

	public boolean enabled() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	/** The mapping, parsed; a wrong entry stops the start with a message naming it. */
	public Map<String, Role> roles() {
		Map<String, Role> roles = new LinkedHashMap<>();
		if (roleMapping == null || roleMapping.isBlank()) {
			return roles;
		}
		for (String entry : roleMapping.split(",")) {
			int equals = entry.lastIndexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("LIAISON_OIDC_ROLE_MAPPING: '" + entry.strip()
						+ "' is not of the form claim-value=ROLE");
			}
			String role = entry.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
			try {
				roles.put(entry.substring(0, equals).strip(), Role.valueOf(role));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("LIAISON_OIDC_ROLE_MAPPING: '" + role + "' in '" + entry.strip()
						+ "' is not a role; expected one of " + java.util.Arrays.toString(Role.values()), ex);
			}
		}
		return roles;
	}

}
