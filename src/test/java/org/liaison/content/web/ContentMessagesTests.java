package org.liaison.content.web;

import org.liaison.support.MessageBundles;

import org.junit.jupiter.api.Test;

import org.liaison.content.DocumentKind;

/** Every UI string of the news, page and document pages exists in English and in Hungarian. */
class ContentMessagesTests {

	private final MessageBundles bundles = new MessageBundles("content");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyKeyTheTemplatesUseExists() {
		bundles.assertTemplateKeysExist("content", "tag/content");
	}

	@Test
	void everyEnumShownHasALabel() {
		bundles.assertEnumLabels("content.document.kind", DocumentKind.values());
	}

}
