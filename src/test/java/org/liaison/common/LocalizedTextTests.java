package org.liaison.common;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalizedTextTests {

	@Test
	void resolvesTheRequestedLanguageFirst() {
		LocalizedText text = LocalizedText.of(Map.of("en", "Africa", "hu", "Afrika"));
		assertThat(text.resolve("hu")).hasValueSatisfying(r -> {
			assertThat(r.text()).isEqualTo("Afrika");
			assertThat(r.isFallback()).isFalse();
		});
	}

	@Test
	void fallsBackToEnglishThenToAnyLanguageAndSaysWhich() {
		LocalizedText english = LocalizedText.of("en", "Foreign policy").with("fr", "Politique étrangère");
		assertThat(english.resolve("hu").orElseThrow()).extracting("text", "language", "requested")
			.containsExactly("Foreign policy", "en", "hu");
		LocalizedText hungarianOnly = LocalizedText.of("hu", "Az EU és Ausztrália felgyorsítja digitális együttműködését");
		LocalizedText.Resolved resolved = hungarianOnly.resolve("en").orElseThrow();
		assertThat(resolved.language()).isEqualTo("hu");
		assertThat(resolved.isFallback()).isTrue();
	}

	@Test
	void neutralTextIsNeverAFallback() {
		LocalizedText acronym = LocalizedText.neutral("WAZIHUB");
		assertThat(acronym.resolve("hu").orElseThrow()).extracting("text", "language").containsExactly("WAZIHUB", "hu");
		assertThat(acronym.resolve("hu").orElseThrow().isFallback()).isFalse();
	}

	@Test
	void emptyTextResolvesToNothing() {
		assertThat(LocalizedText.empty().resolve("en")).isEmpty();
		assertThat(LocalizedText.of("en", "  ").isEmpty()).isTrue();
	}

	@Test
	void normalisesLanguageTagsAndRejectsNonTags() {
		assertThat(LocalizedText.of("pt_BR", "Brasil").languages()).containsExactly("pt-BR");
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("", "x"))
			.withMessageContaining("language tag");
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("not a tag!", "x"))
			.withMessageContaining("'not a tag!' is not a BCP 47 language tag");
	}

	@Test
	void storesAsJsonAndBack() {
		LocalizedText text = LocalizedText.of("en", "Digital skills & literacy").with("hu", "Digitális készségek \"és\" írástudás");
		assertThat(LocalizedTextType.fromJson(LocalizedTextType.toJson(text))).isEqualTo(text);
	}

}
