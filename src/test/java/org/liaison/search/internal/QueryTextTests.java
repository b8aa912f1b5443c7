package org.liaison.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void splitsWordsAndQuotedPhrases() {
		QueryText text = QueryText.parse("wazihub \"big data\" - iot");
		assertThat(text.words()).containsExactly("wazihub", "iot");
		assertThat(text.phrases()).containsExactly("big data");
	}

	@Test
	void readsAnUnbalancedQuoteAsWords() {
		QueryText text = QueryText.parse("\"open data");
		assertThat(text.words()).containsExactly("open", "data");
		assertThat(text.phrases()).isEmpty();
	}

	@Test
	void allowsTyposFromFiveLetters() {
		assertThat(QueryText.maxEdits("data")).isZero();
		assertThat(QueryText.maxEdits("wazihib")).isEqualTo(1);
		assertThat(QueryText.maxEdits("szovetseg")).isEqualTo(2);
	}

}
