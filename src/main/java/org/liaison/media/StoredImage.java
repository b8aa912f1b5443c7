package org.liaison.media;

/**
 * An image as stored: its file name (the SHA-256 of its bytes and the extension of its type), what it
 * is, and its size in pixels.
 *
 * @param file e.g. {@code 3a7bd3…e1.png}; the image is served at {@code /media/<file>}
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/webp}
 * @param width in pixels
 * @param height in pixels
 * @param bytes the file's size
 */
public record StoredImage(String file, String mediaType, int width, int height, long bytes) {

	/** The image's public address. */
	public String path() {
		return MediaService.PUBLIC_PATH + file;
	}

}
