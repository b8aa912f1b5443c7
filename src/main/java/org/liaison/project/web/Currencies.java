package org.liaison.project.web;

/** ISO 4217 codes as the forms accept them. */
final class Currencies {

	private Currencies() {
	}

	static boolean known(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			java.util.Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
