package org.liaison.security;

import org.junit.jupiter.api.Test;

import org.liaison.support.MessageBundles;

/** Every UI string of sign-in, passwords, users and the audit log exists in English and in Hungarian. */
class SecurityMessagesTests {

	private final MessageBundles bundles = new MessageBundles("security");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyRoleHasALabel() {
		bundles.assertEnumLabels("security.role", Role.values());
	}

}
