package org.liaison.exchange.internal;

import java.util.Arrays;

/**
 * The exchange module's command lines, recognised by their first arguments:
 * {@code import cordis PATH} and {@code import iati PATH} (import without the web server, then exits) and
 * {@code generate cordis --projects N [--seed S] OUT} (writes synthetic CORDIS data, then exits).
 * Any other arguments leave Liaison to start as the server.
 */
final class ImportCommand {

	private ImportCommand() {
	}

	/** Exit codes of {@code import}. */
	static final int OK = 0;

	static final int REJECTED = 1;

	static final int FAILED = 2;

	static final int SERVER_RUNNING = 3;

	static boolean isImport(String[] args) {
		return args.length >= 1 && args[0].equals("import");
	}

	static boolean isGenerate(String[] args) {
		return args.length >= 1 && args[0].equals("generate");
	}

	/** The arguments that are not Spring's own options ({@code --name=value}). */
	static String[] plain(String[] args) {
		return Arrays.stream(args).filter(a -> !(a.startsWith("--") && a.contains("="))).toArray(String[]::new);
	}

	static final String IMPORT_USAGE = "Usage: java -jar liaison.jar import cordis PATH   "
			+ "(PATH: cordis-HORIZONprojects-xml.zip, a folder of CORDIS project XML files, or project.csv)\n"
			+ "       java -jar liaison.jar import iati PATH     "
			+ "(PATH: an IATI activity file, version 2.01 to 2.03, or a folder of them)";

}
