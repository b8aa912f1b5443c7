package org.liaison.project;

/**
 * The part an organisation plays in a project: CORDIS's roles (coordinator, participant, associated
 * partner, third party) and IATI's (OrganisationRole codelist: 1 funding, 2 accountable, 3 extending,
 * 4 implementing).
 */
public enum ParticipationRole {
	COORDINATOR, PARTICIPANT, ASSOCIATED_PARTNER, THIRD_PARTY, FUNDER, ACCOUNTABLE, EXTENDING, IMPLEMENTER
}
