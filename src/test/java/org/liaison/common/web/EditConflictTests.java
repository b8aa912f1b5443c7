package org.liaison.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditConflictTests {

	@Test
	void namesOnlyTheFieldsWhoseSavedValueDiffersWithTheirLanguage() {
		Map<String, String> mine = new LinkedHashMap<>();
		mine.put("admin.field.slug", "japan");
		mine.put("admin.partners.name|en", "Japan (mine)");
		mine.put("admin.partners.name|hu", "Japán");
		Map<String, String> theirs = new LinkedHashMap<>();
		theirs.put("admin.field.slug", "japan");
		theirs.put("admin.partners.name|en", "Japan (theirs)");
		theirs.put("admin.partners.name|hu", "Japán");
		theirs.put("admin.partners.summary|de", "Neu");

		assertThat(EditConflict.between(mine, theirs).fields()).containsExactly(
				new EditConflict.Field("admin.partners.name", "en", "Japan (theirs)"),
				new EditConflict.Field("admin.partners.summary", "de", "Neu"));
	}

	@Test
	void aFieldTheyEmptiedIsNamedWithAnEmptyValue() {
		assertThat(EditConflict.between(Map.of("admin.partners.website", "https://example.org"),
				Map.of("admin.partners.website", "")).fields())
			.containsExactly(new EditConflict.Field("admin.partners.website", null, ""));
	}

}
