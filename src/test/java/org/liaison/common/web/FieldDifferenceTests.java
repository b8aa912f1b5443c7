package org.liaison.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldDifferenceTests {

	@Test
	void namesOnlyTheFieldsThatDifferWithTheirLanguageAndBothValues() {
		Map<String, String> saved = new LinkedHashMap<>();
		saved.put("admin.field.slug", "japan");
		saved.put("admin.partners.name en", "Japan (theirs)");
		saved.put("admin.partners.name hu", "Japán");
		saved.put("admin.partners.summary de", "Neu");
		Map<String, String> yours = new LinkedHashMap<>();
		yours.put("admin.field.slug", "japan");
		yours.put("admin.partners.name en", "Japan (mine)");
		yours.put("admin.partners.name hu", "Japán ");

		assertThat(FieldDifference.between(saved, yours)).containsExactly(
				new FieldDifference("admin.partners.name", "en", "Japan (theirs)", "Japan (mine)"),
				new FieldDifference("admin.partners.summary", "de", "Neu", ""));
	}

	@Test
	void aFieldTheyEmptiedIsNamedWithAnEmptyValue() {
		assertThat(FieldDifference.between(Map.of("admin.partners.website", ""),
				Map.of("admin.partners.website", "https://example.org")))
			.containsExactly(new FieldDifference("admin.partners.website", null, "", "https://example.org"));
	}

}
