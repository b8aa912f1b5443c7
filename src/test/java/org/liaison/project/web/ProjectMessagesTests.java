package org.liaison.project.web;

import org.liaison.support.MessageBundles;

import org.junit.jupiter.api.Test;

import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectStatus;

/** Every UI string of the project pages exists in English and in Hungarian. */
class ProjectMessagesTests {

	private final MessageBundles bundles = new MessageBundles("project");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyKeyTheTemplatesUseExists() {
		bundles.assertTemplateKeysExist("project", "tag/project");
	}

	@Test
	void everyEnumShownHasALabel() {
		bundles.assertEnumLabels("project.status", ProjectStatus.values());
		bundles.assertEnumLabels("project.role", ParticipationRole.values());
	}

}
