package org.liaison.project;

/** The part an organisation plays in a project (CORDIS's and IATI's roles together). */
public enum ParticipationRole {
	COORDINATOR, PARTICIPANT, ASSOCIATED_PARTNER, THIRD_PARTY, FUNDER, IMPLEMENTER
}
