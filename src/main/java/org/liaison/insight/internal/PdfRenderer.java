package org.liaison.insight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns an HTML page into a PDF with a text layer, bookmarks, page numbers and embedded fonts
 * that cover every script of the EU's languages (DejaVu Sans: Latin, Greek, Cyrillic).
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** The renderer reports every font load and layout step at INFO through java.util.logging: keep warnings. */
	private static final java.util.logging.Logger RENDERER_LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

	static {
		RENDERER_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private static final String STYLESHEET = "static/css/briefing-pdf.css";

	private final String stylesheet = read(STYLESHEET);

	/** The print stylesheet that PDF templates embed (read once from the jar; nothing is fetched). */
	public String stylesheet() {
		return stylesheet;
	}

	private static String read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The stylesheet " + resource + " is missing from the jar", ex);
		}
	}

	/** Renders {@code html} (HTML5, parsed leniently) to PDF bytes; links resolve against {@code baseUri}. */
	public byte[] render(String html, String baseUri) {
		org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
		// An HTML5 parser ends <head> at the first element it does not know (<bookmarks>), but the
		// renderer reads bookmarks and styles from <head> only: put them back there.
		parsed.select("body > bookmarks, body > style").forEach(element -> parsed.head().appendChild(element));
		org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
					com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
			builder.withW3cDocument(document, baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the PDF", ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String resource) {
		try {
			return new ClassPathResource(resource).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + resource + " is missing from the jar", ex);
		}
	}

}
