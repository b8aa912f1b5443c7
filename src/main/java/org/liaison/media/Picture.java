package org.liaison.media;

import org.liaison.common.LocalizedText;

/**
 * An image as a page shows it — its address, size in pixels and alt text — for any item that has one
 * (news now, pages next).
 */
public record Picture(String src, int width, int height, LocalizedText alt) {

	public static Picture of(String file, int width, int height, LocalizedText alt) {
		return new Picture(MediaService.PUBLIC_PATH + file, width, height, alt);
	}

}
