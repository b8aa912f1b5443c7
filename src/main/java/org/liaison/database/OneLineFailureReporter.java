package org.liaison.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a failed start in one line on standard error — what is wrong and what to do — in place of
 * Spring Boot's multi-line report, which is switched off in {@code application.properties}.
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

	@Override
	public void report(FailureAnalysis analysis) {
		String description = analysis.getDescription().strip().replaceAll("\\s*\\R\\s*", " ");
		String action = (analysis.getAction() != null) ? analysis.getAction().strip().replaceAll("\\s*\\R\\s*", " ") : "";
		System.err.println("Liaison could not start: " + description + (action.isEmpty() ? "" : " " + action));
	}

}
