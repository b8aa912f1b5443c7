package org.liaison.common;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import org.springframework.util.ConcurrentReferenceHashMap;

/**
 * Rich text (news and page bodies, outcomes) is written in Markdown and shown as HTML that has been
 * through the OWASP sanitiser: raw HTML in the Markdown is escaped by the renderer, link targets other
 * than http, https and mailto are dropped, and whatever is left is filtered once more against an
 * allow-list of formatting elements. See ADR 9.
 */
public final class RichText {

	private static final List<Extension> EXTENSIONS = List.of();

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

	/**
	 * Rendered texts by their Markdown source. The output depends on the input alone, so a text
	 * shown on every request (the home page's mission) is parsed and sanitised once; the references
	 * are soft, so the memory can always be reclaimed.
	 */
	private static final ConcurrentReferenceHashMap<String, String> RENDERED = new ConcurrentReferenceHashMap<>(256,
			ConcurrentReferenceHashMap.ReferenceType.SOFT);

	private RichText() {
	}

	/** The Markdown text as sanitised HTML, safe to insert into a page as it is. */
	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERED.computeIfAbsent(markdown, source -> sanitise(RENDERER.render(PARSER.parse(source))));
	}

	/** HTML filtered against the allow-list: no script, no event handler, no style, no unsafe URL. */
	public static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

}
