/**
 * Uploaded images: checked by their content (JPEG, PNG, WebP), stored once under
 * {@code <data directory>/media} by the hash of their bytes, and served at {@code /media/…} with
 * long cache headers. Who uses an image, and its alt text, is the using module's business.
 */
package org.liaison.media;
