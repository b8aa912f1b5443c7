package org.liaison.support;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;

/**
 * The accessibility check every page must pass: axe-core's WCAG 2.1 A and AA rules on the page as it
 * is now. Only the violations are reported back (the passes of every rule on every element are what
 * made a check take seconds), and axe runs in the page itself (its legacy mode), not in a blank page
 * opened for each check; Liaison's pages have no frames for the other mode to visit.
 */
public final class Accessibility {

	/** The rules checked: WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Accessibility() {
	}

	/** axe-core's results for {@code page}; their violations are the rules it breaks. */
	public static AxeResults check(Page page) {
		AxeRunOnlyOptions only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(WCAG_21_AA);
		AxeRunOptions options = new AxeRunOptions();
		options.setRunOnly(only);
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder(page).options(options).setLegacyMode(true).analyze();
	}

}
