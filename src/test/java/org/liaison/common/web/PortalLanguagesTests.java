package org.liaison.common.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalLanguagesTests {

	private final PortalLanguages languages = new PortalLanguages(List.of("en", "hu"));

	@Test
	void requestedLanguageIsTheDefaultWhenNoneIsNamedAndEmptyWhenNotOffered() {
		assertThat(languages.requested(null)).hasValue("en");
		assertThat(languages.requested(" ")).hasValue("en");
		assertThat(languages.requested("HU")).hasValue("hu");
		assertThat(languages.requested("de")).isEmpty();
	}

	@Test
	void negotiatesFromAcceptLanguage() {
		assertThat(languages.negotiate("hu-HU,hu;q=0.9,en;q=0.5")).isEqualTo("hu");
		assertThat(languages.negotiate("de-DE")).isEqualTo("en");
		assertThat(languages.negotiate("not a header;;")).isEqualTo("en");
	}

}
