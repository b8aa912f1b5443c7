package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.liaison.exchange.ImportSummary;
import org.liaison.exchange.Rejection;
import org.liaison.exchange.iati.IatiImport;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs {@code import cordis PATH} or {@code import iati PATH} once the application (without web server) has started and the
 * country list is loaded, prints the summary, and exits: 0 when every record imported, 1 when
 * records were rejected, 2 when the import could not run.
 */
@Component
@Order(100)
class ImportCommandRunner implements ApplicationRunner {

	private final CordisImport cordis;

	private final IatiImport iati;

	private final ConfigurableApplicationContext context;

	ImportCommandRunner(CordisImport cordis, IatiImport iati, ConfigurableApplicationContext context) {
		this.cordis = cordis;
		this.iati = iati;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String[] args = ImportCommand.plain(arguments.getSourceArgs());
		if (!ImportCommand.isImport(args)) {
			return;
		}
		int code = execute(args, System.out, System.err, System.console() != null);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
		if (args.length != 3 || !(args[1].equals("cordis") || args[1].equals("iati"))) {
			err.println(ImportCommand.IMPORT_USAGE);
			return ImportCommand.FAILED;
		}
		Path input = Path.of(args[2]);
		if (!Files.exists(input)) {
			err.println("There is no file or folder " + input.toAbsolutePath());
			return ImportCommand.FAILED;
		}
		if (args[1].equals("iati")) {
			return importIati(input, out, err);
		}
		ImportSummary summary;
		try (ConsoleProgress progress = new ConsoleProgress(out, err, terminal)) {
			summary = cordis.run(input, progress);
		}
		catch (IOException | RuntimeException ex) {
			err.println("The import stopped: " + ex.getMessage());
			err.println("What was committed stays; run the same command again to resume after the last committed batch.");
			return ImportCommand.FAILED;
		}
		out.println("CORDIS import of " + summary.input() + " done in " + format(summary.elapsed()) + ": " + summary
				+ ((summary.resumedAfter() > 0) ? " (resumed after record " + summary.resumedAfter() + ")" : ""));
		return summary.hasRejections() ? ImportCommand.REJECTED : ImportCommand.OK;
	}

	/** One line per file (imported or refused, and why), the rejected activities, the summary. */
	private int importIati(Path input, PrintStream out, PrintStream err) {
		IatiImport.Report report;
		try {
			report = iati.run(input, new IatiImport.Listener() {
				@Override
				public void fileDone(IatiImport.FileResult result) {
					out.println(result.line());
				}

				@Override
				public void rejected(Rejection rejection) {
					err.println("  rejected " + rejection);
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			err.println("The import stopped: " + ex.getMessage());
			err.println("What was committed stays; importing the same files again changes only what is not stored yet.");
			return ImportCommand.FAILED;
		}
		out.println("IATI import of " + report.summary().input() + " done in " + format(report.summary().elapsed())
				+ ": " + report.files().size() + " files, " + report.refusedFiles() + " refused; activities "
				+ report.summary());
		return report.hasRefusals() ? ImportCommand.REJECTED : ImportCommand.OK;
	}

	static String format(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 60) ? (seconds / 60) + " min " + (seconds % 60) + " s"
				: String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

}
