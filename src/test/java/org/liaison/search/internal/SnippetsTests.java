package org.liaison.search.internal;

import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	private static final LocalizedText SUMMARY = LocalizedText.of("en", "Support for the African Union & <its> members.")
		.with("hu", "Az Afrikai Unió és tagjai szövetségének támogatása.");

	@Test
	void marksFoldedMatchesInTheReadersLanguageAndEscapesTheRest() {
		HitReader.Fragment fragment = Snippets.best(QueryText.parse("szovetsegenek"), "hu", SUMMARY);
		assertThat(fragment.language()).isEqualTo("hu");
		assertThat(fragment.html()).isEqualTo("Az Afrikai Unió és tagjai <mark>szövetségének</mark> támogatása.");
	}

	@Test
	void fallsBackToTheLanguageThatMatches() {
		HitReader.Fragment fragment = Snippets.best(QueryText.parse("members"), "hu", SUMMARY);
		assertThat(fragment.language()).isEqualTo("en");
		assertThat(fragment.html()).isEqualTo("Support for the African Union &amp; &lt;its&gt; <mark>members</mark>.");
	}

	@Test
	void toleratesTheTyposTheQueryAllows() {
		assertThat(Snippets.best(QueryText.parse("afrcan"), "en", SUMMARY).html()).contains("<mark>African</mark>");
		assertThat(Snippets.best(QueryText.parse("unoin"), "en", SUMMARY)).isNull();
	}

	@Test
	void cutsLongTextsAroundTheFirstMatch() {
		String text = "word ".repeat(100) + "target " + "word ".repeat(100);
		String html = Snippets.best(QueryText.parse("target"), "en", LocalizedText.of("en", text)).html();
		assertThat(html).startsWith("…").endsWith("…").contains("<mark>target</mark>");
		assertThat(html.length()).isLessThan(Snippets.LENGTH + 30);
	}

}
