package org.liaison.project;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * A recipient region of a project, in the vocabulary its source uses (IATI's RegionVocabulary:
 * {@code 1} OECD DAC, {@code 2} UN M49, {@code 99} the reporter's own).
 *
 * @param percentage the project's share that goes to the region, in per cent, or null
 */
@Embeddable
public record RegionShare(String vocabulary, String code, BigDecimal percentage) {

	public RegionShare {
		if (vocabulary == null || vocabulary.isBlank() || code == null || code.isBlank()) {
			throw new IllegalArgumentException("A recipient region needs its vocabulary and code");
		}
	}

}
