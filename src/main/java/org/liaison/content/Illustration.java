package org.liaison.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.media.Picture;
import org.liaison.media.StoredImage;

/**
 * The image shown with an item (a news item, a page): the stored file (named by the hash of its bytes,
 * under {@code <data>/media}), its size in pixels, and its alt text per language, required whenever
 * there is an image. Columns {@code image_file}, {@code image_width}, {@code image_height}, {@code image_alt}.
 */
@Embeddable
public class Illustration {

	@Column(name = "image_file")
	private String imageFile;

	@Column(name = "image_width")
	private Integer imageWidth;

	@Column(name = "image_height")
	private Integer imageHeight;

	@Type(LocalizedTextType.class)
	@Column(name = "image_alt")
	private LocalizedText imageAlt;

	void show(StoredImage image, LocalizedText alt) {
		requireAlt(alt);
		this.imageFile = image.file();
		this.imageWidth = image.width();
		this.imageHeight = image.height();
		this.imageAlt = alt;
	}

	void describe(String item, LocalizedText alt) {
		if (imageFile == null) {
			throw new IllegalStateException(item + " has no image to describe");
		}
		requireAlt(alt);
		this.imageAlt = alt;
	}

	void clear() {
		this.imageFile = null;
		this.imageWidth = null;
		this.imageHeight = null;
		this.imageAlt = null;
	}

	/** The image, or null. */
	Picture picture() {
		return (imageFile == null) ? null : Picture.of(imageFile, imageWidth, imageHeight, imageAlt);
	}

	private static void requireAlt(LocalizedText alt) {
		if (alt == null || alt.isEmpty()) {
			throw new IllegalArgumentException("An image needs an alt text in at least one language");
		}
	}

}
