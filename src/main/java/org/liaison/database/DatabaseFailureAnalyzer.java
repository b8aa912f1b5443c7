package org.liaison.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link DatabaseStartupException} into the start-up report's description and action. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseStartupException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
