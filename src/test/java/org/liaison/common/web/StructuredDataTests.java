package org.liaison.common.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.common.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void textThatWouldCloseTheScriptElementIsEscapedAndReadsBackUnchanged() {
		String hostile = "</script><script>alert(1)</script><!-- & \u2028";
		String script = StructuredData.script(StructuredData.node("NewsArticle").put("headline", hostile));
		assertThat(script).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		JsonNode read = json.readTree(script);
		assertThat(read.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(read.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(read.get("headline").asString()).isEqualTo(hostile);
	}

	@Test
	void leavesOutAbsentValuesAndNestsNodes() {
		StructuredData.Node node = StructuredData.node("Event")
			.put("name", "Second meeting")
			.put("description", null)
			.put("keywords", List.of())
			.put("url", " ")
			.text("about", LocalizedText.of("hu", "Ausztrália"), "en")
			.put("location", StructuredData.node("VirtualLocation").put("name", "online"));
		JsonNode read = json.readTree(StructuredData.script(node));
		assertThat(read.has("description")).isFalse();
		assertThat(read.has("keywords")).isFalse();
		assertThat(read.has("url")).isFalse();
		assertThat(read.get("about").asString()).isEqualTo("Ausztrália");
		assertThat(read.get("location").get("@type").asString()).isEqualTo("VirtualLocation");
	}

}
