package org.liaison.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the page tests rely on does find invalid HTML. */
class HtmlCheckerTests {

	@Test
	void acceptsAValidDocument() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p></body></html>"))
			.isEmpty();
	}

	@Test
	void reportsInvalidDocumentsWithLineAndColumn() {
		assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head></head><body><ul><p>x</p></ul>"
				+ "<a href=\"x\" href=\"y\">z</a></body></html>"))
			.hasSizeGreaterThanOrEqualTo(2)
			.anySatisfy(error -> assertThat(error).contains("title"))
			.anySatisfy(error -> assertThat(error).matches("\\d+:\\d+ .*"));
	}

}
