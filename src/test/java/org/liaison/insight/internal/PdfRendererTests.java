package org.liaison.insight.internal;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded fonts cover every script of the EU's languages: Latin, Greek and Cyrillic. */
class PdfRendererTests {

	@Test
	void printsLatinGreekAndCyrillicAsText() throws IOException {
		String html = "<!DOCTYPE html><html><head><title>t</title><style>body { font-family: 'DejaVu Sans'; }</style></head>"
				+ "<body><p>Őszinte együttműködés — Ψηφιακή συνεργασία — Цифрово сътрудничество — Łódź, Dvořák</p></body></html>";
		byte[] pdf = new PdfRenderer().render(html, "http://localhost/");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Őszinte együttműködés", "Ψηφιακή συνεργασία", "Цифрово сътрудничество",
					"Łódź, Dvořák");
		}
	}

}
