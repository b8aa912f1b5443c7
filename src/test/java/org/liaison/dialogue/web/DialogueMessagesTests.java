package org.liaison.dialogue.web;

import org.liaison.support.MessageBundles;

import org.junit.jupiter.api.Test;

import org.liaison.dialogue.DialogueFormat;
import org.liaison.dialogue.DialogueLevel;
import org.liaison.dialogue.MeetingStatus;

/** Every UI string of the dialogue pages exists in English and in Hungarian. */
class DialogueMessagesTests {

	private final MessageBundles bundles = new MessageBundles("dialogue");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyKeyTheTemplatesUseExists() {
		bundles.assertTemplateKeysExist("dialogue", "tag/dialogue");
	}

	@Test
	void everyEnumShownHasALabel() {
		bundles.assertEnumLabels("dialogue.format", DialogueFormat.values());
		bundles.assertEnumLabels("dialogue.level", DialogueLevel.values());
		bundles.assertEnumLabels("dialogue.meeting.status", MeetingStatus.values());
	}

}
