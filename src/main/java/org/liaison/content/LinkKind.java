package org.liaison.content;

/** The two kinds of link an editor draws between items, as the Commission's pages show them. */
public enum LinkKind {
	/** "Related content". */
	RELATED,
	/** "See also". */
	SEE_ALSO
}
