package org.liaison.search.web;

import org.junit.jupiter.api.Test;

import org.liaison.support.MessageBundles;

/** Every UI string of the search page and box exists in English and in Hungarian. */
class SearchMessagesTests {

	private final MessageBundles bundles = new MessageBundles("search");

	@Test
	void everyEnglishMessageIsTranslatedIntoHungarian() {
		bundles.assertTranslated("hu");
	}

	@Test
	void everyKeyTheTemplatesUseExists() {
		bundles.assertTemplateKeysExist("search");
	}

	@Test
	void everySortHasALabel() {
		bundles.assertEnumLabels("search.sort", org.liaison.search.SearchRequest.Sort.values());
	}

}
