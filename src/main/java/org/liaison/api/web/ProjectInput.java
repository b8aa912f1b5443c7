package org.liaison.api.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A project as a client writes it (create, or replace on update). Texts are maps of language tag to
 * text. Participants and the import source are not written through the API; an update keeps them.
 */
@Schema(name = "ProjectInput")
record ProjectInput(
		@NotBlank @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) @Schema(example = "wazihub") String slug,
		@NotBlank @Size(max = 60) @Schema(example = "WAZIHUB") String acronym,
		@NotEmpty(message = "needs a text in at least one language") Map<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String, @NotBlank @Size(max = 1000) String> title,
		Map<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String, @Size(max = 20000) String> summary,
		@Size(max = 120) @Schema(description = "Slug of an existing programme", example = "horizon-2020") String programme,
		@Size(max = 40) String grantId,
		@Pattern(regexp = "planned|ongoing|closed", message = "must be planned, ongoing or closed") @Schema(allowableValues = { "planned", "ongoing", "closed" }, defaultValue = "ongoing") String status,
		LocalDate startDate, LocalDate endDate,
		@Valid ProjectInput.AmountInput totalCost, @Valid ProjectInput.AmountInput euContribution,
		@Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http:// or https:// address") String website,
		@Size(max = 250) List<@NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
		@Size(max = 100) List<@NotBlank String> goals, @Size(max = 100) List<@NotBlank String> priorities,
		@Size(max = 100) List<@NotBlank String> themes) {

	/** An amount of money: not negative, two decimals at most, in an ISO 4217 currency. */
	@Schema(name = "AmountInput")
	record AmountInput(@NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal amount,
			@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
	}

}
