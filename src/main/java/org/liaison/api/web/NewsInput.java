package org.liaison.api.web;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A news item as a client writes it. {@code status}, when given, is where the item should end up:
 * it is moved there along the workflow (draft → in review → published → archived, back to draft),
 * each step audited like the back office's.
 */
@Schema(name = "NewsInput")
record NewsInput(
		@NotBlank @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
		@NotEmpty(message = "needs a text in at least one language") Map<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String, @NotBlank @Size(max = 300) String> title,
		Map<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String, @Size(max = 1000) String> teaser,
		@Schema(description = "Markdown, by language") Map<@Pattern(regexp = Patterns.LANGUAGE, message = Patterns.LANGUAGE_MESSAGE) String, @Size(max = 100000) String> body,
		@NotNull LocalDate publishedOn,
		@Pattern(regexp = "draft|in_review|published|archived", message = "must be draft, in_review, published or archived") @Schema(allowableValues = { "draft", "in_review", "published", "archived" }) String status) {
}
