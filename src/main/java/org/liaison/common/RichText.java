package org.liaison.common;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

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

	private RichText() {
	}

	/** The Markdown text as sanitised HTML, safe to insert into a page as it is. */
	public static String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return sanitise(RENDERER.render(PARSER.parse(markdown)));
	}

	/** HTML filtered against the allow-list: no script, no event handler, no style, no unsafe URL. */
	public static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

}
