package org.liaison.security.oidc;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in a Spring
 * context of its own, on a free port of {@code localhost}, with two users: alice (group
 * liaison-editors) and bob (group visitors). Liaison is reached on {@code 127.0.0.1}, a loopback
 * redirect URI whose port the provider does not compare, and whose cookies are kept apart.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
@EnableWebSecurity
public class OidcProvider {

	public static final String CLIENT_ID = "liaison";

	public static final String CLIENT_SECRET = "a secret only the test knows";

	public static final String PASSWORD = "provider password";

	static final Map<String, List<String>> GROUPS = Map.of("alice", List.of("staff", "liaison-editors"), "bob",
			List.of("visitors"));

	/** Starts the provider; its issuer is {@code http://localhost:<port>}. */
	public static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(OidcProvider.class)
			.properties("server.port=0", "spring.config.name=oidc-provider", "spring.main.banner-mode=off",
					"spring.jmx.enabled=false", "gg.jte.use-precompiled-templates=true")
			.run();
	}

	public static String issuer(ConfigurableApplicationContext provider) {
		return "http://localhost:" + provider.getEnvironment().getProperty("local.server.port");
	}

	/** One chain: the protocol endpoints, and the form login that the authorization endpoint sends users to. */
	@Bean
	SecurityFilterChain provider(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
			.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers("/oauth2/token", "/oauth2/introspect", "/oauth2/revoke",
					"/userinfo"))
			.formLogin(Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	UserDetailsService users() {
		return new InMemoryUserDetailsManager(
				User.withUsername("alice").password("{noop}" + PASSWORD).roles("USER").build(),
				User.withUsername("bob").password("{noop}" + PASSWORD).roles("USER").build());
	}

	@Bean
	RegisteredClientRepository clients() {
		RegisteredClient liaison = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://127.0.0.1/login/oauth2/code/oidc")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
		return new InMemoryRegisteredClientRepository(liaison);
	}

	/** The groups claim and the preferred user name, in the ID token. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> groups() {
		return context -> {
			if ("id_token".equals(context.getTokenType().getValue())
					|| OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				String name = context.getPrincipal().getName();
				context.getClaims().claim("groups", GROUPS.getOrDefault(name, List.of()));
				context.getClaims().claim("preferred_username", name);
			}
		};
	}

	/** The provider's signing key, made for this run. */
	static final KeyPair PAIR = keyPair();

	static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** For the provider's user-info endpoint, which reads the access tokens it issued. */
	@Bean
	org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder() {
		return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withPublicKey((RSAPublicKey) PAIR.getPublic())
			.build();
	}

	@Bean
	JWKSource<SecurityContext> keys() {
		KeyPair pair = PAIR;
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	AuthorizationServerSettings serverSettings() {
		return AuthorizationServerSettings.builder().build();
	}

}
