package org.liaison.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount in an ISO 4217 currency. Amounts of different currencies are never added together.
 */
@Embeddable
public record Money(@Column(name = "amount") BigDecimal amount, @Column(name = "currency") String currency) {

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("A money amount is required");
		}
		if (currency == null) {
			throw new IllegalArgumentException("A currency is required for " + amount);
		}
		try {
			Currency.getInstance(currency);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + currency + "' is not an ISO 4217 currency code");
		}
	}

	public static Money euros(String amount) {
		return new Money(new BigDecimal(amount), "EUR");
	}

	public Money plus(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
		}
		return new Money(amount.add(other.amount), currency);
	}

	/** The amount as a reader of {@code language} writes it, e.g. "€13,600,000" or "13 600 000 €". */
	public String format(String language) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(language));
		format.setCurrency(Currency.getInstance(currency));
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

}
