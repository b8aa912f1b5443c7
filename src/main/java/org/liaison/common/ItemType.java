package org.liaison.common;

import java.util.Arrays;

/** The kinds of item a reader can open on the portal, with the path segment of each. */
public enum ItemType {

	REGION("region", "regions"), COUNTRY("country", "countries"), PARTNER("partner", "partners"),
	PROJECT("project", "projects"), PROGRAMME("programme", "programmes"), DIALOGUE("dialogue", "dialogues"),
	/** A meeting of a dialogue series; its key is "series-slug/number". */
	MEETING("meeting", "dialogues"),
	NEWS("news", "news"), PAGE("page", "pages"), DOCUMENT("document", "documents"), TERM("term", "topics");

	private final String code;

	private final String pathSegment;

	ItemType(String code, String pathSegment) {
		this.code = code;
		this.pathSegment = pathSegment;
	}

	public String code() {
		return code;
	}

	public String pathSegment() {
		return pathSegment;
	}

	public static ItemType fromCode(String code) {
		return Arrays.stream(values())
			.filter(t -> t.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not an item type; expected one of "
					+ Arrays.stream(values()).map(ItemType::code).toList()));
	}

}
