package org.liaison.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.liaison.media.ImageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageInspectorTests {

	final ImageInspector inspector = new ImageInspector(40_000_000);

	@Test
	void acceptsPngAndJpegByTheirContentWithTheirSize() throws IOException {
		assertThat(inspector.inspect("a.jpg", encode("png", 40, 30)))
			.isEqualTo(new ImageInspector.Inspected(ImageType.PNG, 40, 30));
		assertThat(inspector.inspect("b.png", encode("jpeg", 20, 10)))
			.isEqualTo(new ImageInspector.Inspected(ImageType.JPEG, 20, 10));
	}

	@Test
	void acceptsALosslessWebpWithItsSizeFromTheHeader() {
		// RIFF header, "WEBP", a VP8L chunk: signature 0x2f, then 14-bit width-1 and height-1 (here 3 × 2)
		byte[] webp = new byte[34];
		put(webp, 0, "RIFF");
		le32(webp, 4, webp.length - 8);
		put(webp, 8, "WEBPVP8L");
		le32(webp, 16, 14);
		webp[20] = 0x2f;
		int bits = (3 - 1) | ((2 - 1) << 14);
		le32(webp, 21, bits);
		assertThat(inspector.inspect("c.webp", webp)).isEqualTo(new ImageInspector.Inspected(ImageType.WEBP, 3, 2));
	}

	@Test
	void refusesHtmlAndSvgWhateverTheirName() {
		assertThatThrownBy(() -> inspector.inspect("photo.png",
				"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("media.rejected.markup"));
		assertThatThrownBy(() -> inspector.inspect("logo.png",
				"\uFEFF  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					ex -> assertThat(ex.getMessage()).contains("logo.png").contains("HTML, SVG"));
		assertThatThrownBy(() -> inspector.inspect("data.png", new byte[] { 1, 2, 3, 4 }))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("media.rejected.type"));
	}

	@Test
	void refusesAPngSignatureFollowedByGarbageOrATruncatedPng() throws IOException {
		byte[] png = encode("png", 40, 30);
		assertThatThrownBy(() -> inspector.inspect("cut.png", Arrays.copyOf(png, png.length / 2)))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("media.rejected.corrupt"));
		byte[] fake = Arrays.copyOf(png, 64);
		Arrays.fill(fake, 8, 64, (byte) '<');
		assertThatThrownBy(() -> inspector.inspect("fake.png", fake)).isInstanceOf(ImageRejectedException.class);
	}

	@Test
	void refusesAPictureWithMorePixelsThanAllowedBeforeDecodingIt() throws IOException {
		ImageInspector strict = new ImageInspector(100);
		assertThatThrownBy(() -> strict.inspect("big.png", encode("png", 20, 10)))
			.isInstanceOfSatisfying(ImageRejectedException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("media.rejected.pixels"));
	}

	static byte[] encode(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

	private static void put(byte[] bytes, int offset, String ascii) {
		byte[] text = ascii.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(text, 0, bytes, offset, text.length);
	}

	private static void le32(byte[] bytes, int offset, int value) {
		for (int i = 0; i < 4; i++) {
			bytes[offset + i] = (byte) (value >>> (8 * i));
		}
	}

}
