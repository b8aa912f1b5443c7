package org.liaison.admin;

import org.junit.jupiter.api.Test;

import org.liaison.common.PublicationStatus;
import org.liaison.support.MessageBundles;

/** Every UI string of the back office's frame and editors exists in English and in Hungarian. */
class AdminMessagesTests {

	private final MessageBundles bundles = new MessageBundles("admin");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyStatusAndStepHasALabel() {
		bundles.assertEnumLabels("admin.status", PublicationStatus.values());
		bundles.assertEnumLabels("admin.workflow.to", PublicationStatus.values());
	}

}
