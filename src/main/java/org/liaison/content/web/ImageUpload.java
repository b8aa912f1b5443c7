package org.liaison.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.media.ImageRejectedException;
import org.liaison.media.MediaService;
import org.liaison.media.StoredImage;
import org.liaison.media.Picture;

import org.springframework.web.multipart.MultipartFile;

/**
 * An image upload of the back office as sent, for news items and pages: the file (perhaps none, to
 * change only the alt text of the image the item has) and the alt text per language
 * ({@code alt[en]}, {@code alt[hu]}…).
 */
final class ImageUpload {

	static final int ALT_LENGTH = 300;

	private final MultipartFile file;

	private final Map<String, String> alt = new LinkedHashMap<>();

	/** @param parameters the request's parameters, among them the {@code alt[language]} texts */
	ImageUpload(MultipartFile file, Map<String, String> parameters) {
		this.file = file;
		parameters.forEach((name, value) -> {
			if (name.startsWith("alt[") && name.endsWith("]") && name.length() > 5) {
				alt.put(name.substring(4, name.length() - 1), value == null ? "" : value.strip());
			}
		});
	}

	/** The alt texts as typed, to show the form again. */
	Map<String, String> alt() {
		return alt;
	}

	LocalizedText altText() {
		return LocalizedText.of(alt);
	}

	boolean hasFile() {
		return file != null && !file.isEmpty();
	}

	/** What is wrong with the upload for an item with {@code current} as its image (or none), or null. */
	FormMessage problem(Picture current) {
		if (!alt.keySet().stream().allMatch(tag -> tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"))) {
			return new FormMessage("admin.validation.language");
		}
		if (alt.values().stream().allMatch(String::isBlank)) {
			return new FormMessage("media.image.altRequired");
		}
		if (alt.values().stream().anyMatch(text -> text.length() > ALT_LENGTH)) {
			return new FormMessage("media.image.altTooLong");
		}
		if (!hasFile() && current == null) {
			return new FormMessage("media.image.fileRequired");
		}
		return null;
	}

	/**
	 * Stores the file, checked by its content and size; null when the upload has none.
	 * @throws ImageRejectedException when it is no image the portal takes
	 */
	StoredImage store(MediaService media) throws IOException {
		if (!hasFile()) {
			return null;
		}
		try (InputStream content = file.getInputStream()) {
			return media.store(file.getOriginalFilename(), content);
		}
	}

}
