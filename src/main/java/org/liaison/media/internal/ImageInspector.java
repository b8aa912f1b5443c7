package org.liaison.media.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.liaison.media.ImageRejectedException;

/**
 * Decides what an upload is from its bytes alone: a PNG or JPEG must decode completely with ImageIO; a
 * WebP must have a sound RIFF/VP8 structure (and decode too when an ImageIO WebP reader is present).
 * Anything else — HTML or SVG renamed {@code .png}, a truncated file — is refused, saying why.
 */
public final class ImageInspector {

	/** What an accepted image is. */
	public record Inspected(ImageType type, int width, int height) {
	}

	private final long maxPixels;

	public ImageInspector(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	public Inspected inspect(String name, byte[] bytes) {
		if (bytes.length == 0) {
			throw new ImageRejectedException("media.rejected.empty", "The file '" + name + "' is empty", name);
		}
		ImageType type = ImageType.sniff(bytes).orElseThrow(() -> notAnImage(name, bytes));
		Inspected inspected = (type == ImageType.WEBP) ? webp(name, bytes) : decode(name, bytes, type);
		if ((long) inspected.width() * inspected.height() > maxPixels) {
			throw new ImageRejectedException("media.rejected.pixels", "The image '" + name + "' has "
					+ inspected.width() + " × " + inspected.height() + " pixels, more than " + maxPixels, name,
					inspected.width(), inspected.height(), maxPixels);
		}
		return inspected;
	}

	private Inspected decode(String name, byte[] bytes, ImageType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
				// refused before decoding: a small file can claim a gigantic picture
				throw new ImageRejectedException("media.rejected.pixels", "The image '" + name + "' has " + width
						+ " × " + height + " pixels, more than " + maxPixels, name, width, height, maxPixels);
			}
			if (reader.read(0) == null) {
				throw corrupt(name, type, "no picture");
			}
			return new Inspected(type, width, height);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRejectedException rejected) {
				throw rejected;
			}
			throw corrupt(name, type, ex.getMessage());
		}
		finally {
			reader.dispose();
		}
	}

	/** Reads the size from the WebP container; decodes the picture when a reader is installed. */
	private Inspected webp(String name, byte[] bytes) {
		if (bytes.length < 30 || le32(bytes, 4) != bytes.length - 8L) {
			throw corrupt(name, ImageType.WEBP, "the RIFF length does not match the file");
		}
		String chunk = ImageType.ascii(bytes, 12, 4);
		int width;
		int height;
		switch (chunk) {
			case "VP8X" -> {
				width = 1 + le24(bytes, 24);
				height = 1 + le24(bytes, 27);
			}
			case "VP8 " -> {
				if ((bytes[23] & 0xff) != 0x9d || (bytes[24] & 0xff) != 0x01 || (bytes[25] & 0xff) != 0x2a) {
					throw corrupt(name, ImageType.WEBP, "no VP8 start code");
				}
				width = le16(bytes, 26) & 0x3fff;
				height = le16(bytes, 28) & 0x3fff;
			}
			case "VP8L" -> {
				if ((bytes[20] & 0xff) != 0x2f) {
					throw corrupt(name, ImageType.WEBP, "no VP8L signature");
				}
				int b1 = bytes[21] & 0xff;
				int b2 = bytes[22] & 0xff;
				int b3 = bytes[23] & 0xff;
				int b4 = bytes[24] & 0xff;
				width = 1 + (b1 | ((b2 & 0x3f) << 8));
				height = 1 + ((b2 >> 6) | (b3 << 2) | ((b4 & 0x0f) << 10));
			}
			default -> throw corrupt(name, ImageType.WEBP, "unknown chunk '" + chunk + "'");
		}
		if (width <= 0 || height <= 0) {
			throw corrupt(name, ImageType.WEBP, "no size");
		}
		if (ImageIO.getImageReadersByFormatName("webp").hasNext()) {
			decode(name, bytes, ImageType.WEBP);
		}
		return new Inspected(ImageType.WEBP, width, height);
	}

	private static ImageRejectedException notAnImage(String name, byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "")
			.stripLeading();
		if (start.startsWith("<")) {
			return new ImageRejectedException("media.rejected.markup", "The file '" + name
					+ "' is not a JPEG, PNG or WebP image: it is text (HTML, SVG or XML)", name);
		}
		return new ImageRejectedException("media.rejected.type",
				"The file '" + name + "' is not a JPEG, PNG or WebP image", name);
	}

	private static ImageRejectedException corrupt(String name, ImageType type, String why) {
		return new ImageRejectedException("media.rejected.corrupt",
				"The file '" + name + "' starts like a " + type + " image but cannot be read: " + why, name, type);
	}

	private static long le32(byte[] b, int offset) {
		return (b[offset] & 0xffL) | (b[offset + 1] & 0xffL) << 8 | (b[offset + 2] & 0xffL) << 16
				| (b[offset + 3] & 0xffL) << 24;
	}

	private static int le24(byte[] b, int offset) {
		return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16;
	}

	private static int le16(byte[] b, int offset) {
		return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
	}

}
