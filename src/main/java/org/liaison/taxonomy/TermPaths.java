package org.liaison.taxonomy;

/** Where a term's page is on the portal: goals, priorities and topics each have their own path. */
public final class TermPaths {

	private TermPaths() {
	}

	public static String segmentOf(String vocabulary) {
		return switch (vocabulary) {
			case Vocabulary.POLICY_GOALS -> "goals";
			case Vocabulary.D4D_PRIORITIES -> "priorities";
			default -> "topics";
		};
	}

	public static String pathOf(Term term) {
		return segmentOf(term.getVocabulary().getCode()) + "/" + term.getSlug();
	}

}
