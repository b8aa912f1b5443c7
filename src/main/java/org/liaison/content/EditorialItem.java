package org.liaison.content;

import java.util.stream.Stream;

import org.liaison.common.LocalizedText;
import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedulable;

/**
 * An item the editorial workflow carries (a page, an official document): addressed by slug, titled
 * in several languages, versioned for optimistic locking, moved from draft to published to archived.
 */
public interface EditorialItem extends Schedulable {

	PublicationStatus getStatus();

	@Override
	default PublicationStatus getPublicationStatus() {
		return getStatus();
	}

	LocalizedText getTitle();

	LocalizedText getSummary();

	/** Every translatable text of the item, the title first. */
	Stream<LocalizedText> texts();

}
