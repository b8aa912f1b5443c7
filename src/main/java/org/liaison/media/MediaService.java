package org.liaison.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.database.DatabaseSettings;
import org.liaison.media.internal.ImageInspector;
import org.liaison.media.internal.ImageType;

import org.springframework.stereotype.Service;

/**
 * The media module's API: stores uploaded images under {@code <data directory>/media}, named by the
 * SHA-256 of their bytes, so the same image is stored once, a name never changes its content, and
 * the files can be cached for ever. A file is written to a temporary name and moved into place, so
 * a crash never leaves half an image under a real name.
 */
@Service
public class MediaService {

	/** Where images are served. */
	public static final String PUBLIC_PATH = "/media/";

	/** A stored image's file name: its hash and its type's extension. */
	public static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}\\.(png|jpg|webp)");

	private static final Logger log = LoggerFactory.getLogger(MediaService.class);

	private final Path directory;

	private final MediaSettings settings;

	private final ImageInspector inspector;

	MediaService(DatabaseSettings database, MediaSettings settings) {
		this.directory = database.dataDirectory().toAbsolutePath().normalize().resolve("media");
		this.settings = settings;
		this.inspector = new ImageInspector(settings.maxPixels());
	}

	public MediaSettings settings() {
		return settings;
	}

	/**
	 * Checks and stores an image.
	 * @param name the name the file was sent with, only for messages
	 * @param content the file's bytes; read up to the size limit and one byte more
	 * @throws ImageRejectedException when it is too large, empty or not a JPEG, PNG or WebP image
	 */
	public StoredImage store(String name, InputStream content) {
		String shownName = (name == null || name.isBlank()) ? "(no name)" : name.strip();
		byte[] bytes;
		long limit = settings.maxSize().toBytes();
		try {
			bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload '" + shownName + "'", ex);
		}
		if (bytes.length > limit) {
			throw new ImageRejectedException("media.rejected.tooLarge",
					"The file '" + shownName + "' is larger than " + settings.maxSize(), shownName,
					humanSize(limit));
		}
		ImageInspector.Inspected image = inspector.inspect(shownName, bytes);
		String file = sha256(bytes) + "." + image.type().extension();
		write(file, bytes);
		return new StoredImage(file, image.type().mediaType(), image.width(), image.height(), bytes.length);
	}

	/** A stored image's file and media type, if {@code file} names one. */
	public Optional<Served> find(String file) {
		if (file == null || !FILE_NAME.matcher(file).matches()) {
			return Optional.empty();
		}
		Path path = directory.resolve(file);
		if (!Files.isRegularFile(path)) {
			return Optional.empty();
		}
		String extension = file.substring(file.lastIndexOf('.') + 1);
		return Optional.of(new Served(path, ImageType.ofExtension(extension).orElseThrow().mediaType()));
	}

	/** A file to serve and its media type. */
	public record Served(Path path, String mediaType) {
	}

	/** "5 MB", "512 KB": a size as people read it. */
	public static String humanSize(long bytes) {
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		if (bytes >= 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return bytes + " bytes";
	}

	private void write(String file, byte[] bytes) {
		Path target = directory.resolve(file);
		if (Files.isRegularFile(target)) {
			return;
		}
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
			try {
				Files.write(temporary, bytes);
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			log.info("Stored image {} ({} bytes)", file, bytes.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store the image under " + directory, ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
