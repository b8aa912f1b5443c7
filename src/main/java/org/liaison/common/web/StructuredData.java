package org.liaison.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

import org.liaison.common.LocalizedText;

/**
 * schema.org JSON-LD for a page: built as maps and lists, written by Jackson (never by string
 * concatenation), and made safe to print inside {@code <script type="application/ld+json">}: every
 * {@code <}, {@code >} and {@code &} becomes a JSON escape, so no text can close the element or
 * open a comment. A JSON-LD block is data, not script: the Content-Security-Policy does not apply.
 */
public final class StructuredData {

	public static final String CONTEXT = "https://schema.org";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StructuredData() {
	}

	/** A schema.org node of the type; further properties with {@link Node#put}. */
	public static Node node(String type) {
		return new Node(type);
	}

	/** The node as the content of a {@code <script type="application/ld+json">} element, escaped. */
	public static String script(Node root) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.putAll(root.properties);
		return escape(JSON.writeValueAsString(document));
	}

	/** JSON made safe inside an HTML element: the escapes keep the JSON's meaning unchanged. */
	static String escape(String json) {
		StringBuilder out = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				case '\u2028' -> out.append("\\u2028");
				case '\u2029' -> out.append("\\u2029");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** One schema.org node: a type and properties; {@code null} and empty values are left out. */
	public static final class Node {

		private final Map<String, Object> properties = new LinkedHashMap<>();

		Node(String type) {
			properties.put("@type", type);
		}

		public Node put(String property, Object value) {
			Object plain = plain(value);
			if (plain != null && !(plain instanceof List<?> list && list.isEmpty())
					&& !(plain instanceof String text && text.isBlank())) {
				properties.put(property, plain);
			}
			return this;
		}

		/** A text in the page's language (else its fallback), with the language it is really in. */
		public Node text(String property, LocalizedText text, String language) {
			if (text == null || text.isEmpty()) {
				return this;
			}
			return put(property, text.resolve(language).map(LocalizedText.Resolved::text).orElse(null));
		}

		public Object get(String property) {
			return properties.get(property);
		}

		private static Object plain(Object value) {
			if (value instanceof Node node) {
				return node.properties;
			}
			if (value instanceof List<?> list) {
				return list.stream().map(Node::plain).filter(Objects::nonNull).toList();
			}
			return value;
		}

	}

}
