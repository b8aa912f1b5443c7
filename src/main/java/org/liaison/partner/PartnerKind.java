package org.liaison.partner;

/** Whether a partner is a country or an organisation. */
public enum PartnerKind {
	COUNTRY, ORGANISATION
}
