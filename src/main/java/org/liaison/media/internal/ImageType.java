package org.liaison.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The image formats accepted, recognised by their first bytes, never by a name or a declared type. */
public enum ImageType {

	PNG("image/png", "png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), WEBP("image/webp", "webp", "webp");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final String mediaType;

	private final String extension;

	private final String imageIoName;

	ImageType(String mediaType, String extension, String imageIoName) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.imageIoName = imageIoName;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	String imageIoName() {
		return imageIoName;
	}

	/** The type whose signature the bytes start with, if any. */
	public static Optional<ImageType> sniff(byte[] bytes) {
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	public static Optional<ImageType> ofExtension(String extension) {
		return Arrays.stream(values()).filter(t -> t.extension.equals(extension)).findFirst();
	}

	static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, Math.min(length, Math.max(0, bytes.length - offset)), StandardCharsets.ISO_8859_1);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
