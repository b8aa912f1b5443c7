package org.liaison.security.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.security.SecuritySettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no user yet) creates the administrator {@code admin}: with
 * {@code LIAISON_ADMIN_PASSWORD} when set, else with a one-time password printed here, once. Either
 * way the password must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountService accounts;

	private final SecuritySettings settings;

	FirstAdministrator(AccountService accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String given = settings.adminPassword();
		boolean generated = given == null || given.isBlank();
		String password = generated ? oneTimePassword() : given;
		if (!generated && password.length() < settings.minimumPasswordLength()) {
			throw new IllegalStateException("LIAISON_ADMIN_PASSWORD needs at least " + settings.minimumPasswordLength()
					+ " characters");
		}
		accounts.create(USERNAME, password, Role.ADMINISTRATOR, true);
		if (generated) {
			log.warn("First administrator created. Sign in at /login as '{}' with the one-time password {} "
					+ "(shown only this once; you will choose your own at first sign-in)", USERNAME, password);
		}
		else {
			log.info("First administrator '{}' created with the password from LIAISON_ADMIN_PASSWORD; "
					+ "it must be changed at first sign-in", USERNAME);
		}
	}

	static String oneTimePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
