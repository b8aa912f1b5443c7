package org.liaison.content;

import java.util.stream.Stream;

import org.liaison.common.LocalizedText;

/**
 * An item the editorial workflow carries (a page, an official document): addressed by slug, titled
 * in several languages, versioned for optimistic locking, moved from draft to published to archived.
 */
public interface EditorialItem extends Schedulable {

	long getVersion();

	LocalizedText getTitle();

	LocalizedText getSummary();

	void moveTo(PublicationStatus status);

	/** Every translatable text of the item, the title first. */
	Stream<LocalizedText> texts();

}
