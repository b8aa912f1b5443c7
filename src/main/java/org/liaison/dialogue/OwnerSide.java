package org.liaison.dialogue;

/** Who carries a commitment out: our side or the partner's. */
public enum OwnerSide {
	EU, PARTNER
}
