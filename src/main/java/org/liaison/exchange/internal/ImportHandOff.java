package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets an {@code import} command hand its import to this running server, so that the server's
 * pages and index stay in step with the data. When the web server is up it writes
 * {@value #FILE} into the data directory (readable by its owner only): the address to reach it
 * on and a token; a command started in the same working folder reads it, and one elsewhere is
 * given {@code LIAISON_URL} and {@code LIAISON_IMPORT_TOKEN}. The file goes when the server stops.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ImportHandOff {

	private static final Logger log = LoggerFactory.getLogger(ImportHandOff.class);

	/** The file a running server leaves in its data directory. */
	public static final String FILE = "liaison-server.properties";

	private final Path file;

	private final String token;

	ImportHandOff(@Value("${liaison.database.data-directory:data}") Path dataDirectory,
			@Value("${liaison.exchange.import-token:}") String configuredToken) {
		this.file = dataDirectory.resolve(FILE);
		this.token = configuredToken.isBlank() ? randomToken() : configuredToken;
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether a request's bearer token is this server's import token (in constant time). */
	public boolean accepts(String presented) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getParent() != null) {
			return; // a child context (management port): the main server writes the file
		}
		Properties properties = new Properties();
		properties.setProperty("url", "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
				+ event.getWebServer().getPort());
		properties.setProperty("token", token);
		properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.createFile(file);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the data directory's own protection applies
			}
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
				properties.store(writer, "Liaison is running: import commands hand their imports to it");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		log.debug("Import hand-off address written to {}", file);
	}

	@EventListener
	void serverStopping(ContextClosedEvent event) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

}
