package org.liaison.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Image uploads, bound from {@code liaison.media.*} ({@code LIAISON_MEDIA_MAX_SIZE}).
 *
 * @param maxSize the largest image file accepted
 * @param maxPixels the most pixels (width × height) an image may have, so that no upload can make the
 * server decode a gigantic picture
 */
@ConfigurationProperties("liaison.media")
public record MediaSettings(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("40000000") long maxPixels) {
}
