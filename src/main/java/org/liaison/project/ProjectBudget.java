package org.liaison.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * A project's budget for one period, as IATI reports it.
 *
 * @param type IATI BudgetType: {@code 1} original, {@code 2} revised (null when not given)
 * @param status IATI BudgetStatus: {@code 1} indicative, {@code 2} committed (null when not given)
 * @param currency ISO 4217 code, or null when the source gave none
 */
@Embeddable
public record ProjectBudget(String type, String status, LocalDate periodStart, LocalDate periodEnd,
		BigDecimal amount, String currency, LocalDate valueDate) {

	public ProjectBudget {
		if (periodStart == null || periodEnd == null || amount == null) {
			throw new IllegalArgumentException("A budget needs its period and amount");
		}
	}

}
