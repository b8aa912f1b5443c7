package org.liaison.exchange;

import java.io.IOException;
import java.nio.file.Path;

import org.liaison.exchange.iati.IatiImport;
import org.liaison.exchange.internal.CordisImport;

import org.springframework.stereotype.Service;

/** Imports and exports: the exchange module's API. */
@Service
public class ExchangeService {

	private final CordisImport cordis;

	private final IatiImport iati;

	ExchangeService(CordisImport cordis, IatiImport iati) {
		this.cordis = cordis;
		this.iati = iati;
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

	/**
	 * Imports IATI activities from {@code input}: one IATI activity file (version 2.01–2.03) or a
	 * folder of them. A file that breaks the IATI 2.03 schema is refused whole, with the line, column
	 * and element of its first problem, and nothing of it is stored.
	 */
	public IatiImport.Report importIati(Path input, IatiImport.Listener listener) throws IOException {
		return iati.run(input, listener);
	}

	public IatiImport.Report importIati(Path input) throws IOException {
		return importIati(input, IatiImport.Listener.NONE);
	}

}
