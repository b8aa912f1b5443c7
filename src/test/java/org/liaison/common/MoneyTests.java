package org.liaison.common;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void formatsForTheReadersLanguage() {
		Money budget = Money.euros("13600000");
		assertThat(budget.format("en")).isEqualTo("€13,600,000");
		assertThat(budget.format("hu")).contains("13").contains("600").contains("000").contains("EUR");
	}

	@Test
	void refusesUnknownCurrenciesAndMixedSums() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(BigDecimal.ONE, "EURO"))
			.withMessage("'EURO' is not an ISO 4217 currency code");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.euros("1").plus(new Money(BigDecimal.ONE, "USD")))
			.withMessage("Cannot add USD to EUR");
	}

	@Test
	void slugsAreMadeFromAnyText() {
		assertThat(Slug.from("EU–Australia Digital Dialogue")).isEqualTo("eu-australia-digital-dialogue");
		assertThat(Slug.from("Szövetség")).isEqualTo("szovetseg");
		assertThat(Slug.isValid("Not-valid")).isFalse();
	}

}
