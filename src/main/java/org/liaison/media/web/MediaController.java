package org.liaison.media.web;

import java.time.Duration;

import org.liaison.media.MediaService;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves stored images. Their names are hashes of their bytes, so a name's content never changes:
 * browsers and caches may keep them for a year without asking again. The type is the one the content
 * was checked to be; the security headers add {@code X-Content-Type-Options: nosniff}.
 */
@RestController
class MediaController {

	private final MediaService media;

	MediaController(MediaService media) {
		this.media = media;
	}

	@GetMapping("/media/{file:[0-9a-f]{64}\\.(?:png|jpg|webp)}")
	ResponseEntity<Resource> image(@PathVariable String file) {
		MediaService.Served served = media.find(file)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No image " + file));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(served.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("Content-Disposition", "inline")
			.body(new FileSystemResource(served.path()));
	}

}
