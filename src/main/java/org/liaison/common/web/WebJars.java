package org.liaison.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Paths of the front-end libraries served from their WebJars in the jar, with the version of the
 * WebJar on the class path (the one pom.xml names), so that a version bump in the pom moves every page.
 */
public final class WebJars {

	/** htmx (org.webjars.npm:htmx.org): the search page's results as one types, the related-content picker. */
	public static final String HTMX = path("org.webjars.npm", "htmx.org", "dist/htmx.min.js");

	private WebJars() {
	}

	static String path(String group, String artifact, String file) {
		String descriptor = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
		try (InputStream in = WebJars.class.getResourceAsStream(descriptor)) {
			if (in == null) {
				throw new IllegalStateException("The WebJar " + group + ":" + artifact + " is not on the class path");
			}
			Properties properties = new Properties();
			properties.load(in);
			return "/webjars/" + artifact + "/" + properties.getProperty("version") + "/" + file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(descriptor, ex);
		}
	}

}
