package org.liaison.exchange;

import java.io.IOException;
import java.nio.file.Path;

import org.liaison.exchange.internal.CordisImport;

import org.springframework.stereotype.Service;

/** Imports and exports: the exchange module's API. */
@Service
public class ExchangeService {

	private final CordisImport cordis;

	ExchangeService(CordisImport cordis) {
		this.cordis = cordis;
	}

	/**
	 * Imports CORDIS projects from {@code input}: the project XML zip, a folder of project XML files,
	 * one XML file, or the CSV extraction ({@code project.csv}, with {@code organization.csv} beside
	 * it when there is one). Resumes after the last committed batch of an interrupted import of the
	 * same input.
	 */
	public ImportSummary importCordis(Path input, ImportProgress progress) throws IOException {
		return cordis.run(input, progress);
	}

	public ImportSummary importCordis(Path input) throws IOException {
		return importCordis(input, ImportProgress.NONE);
	}

}
