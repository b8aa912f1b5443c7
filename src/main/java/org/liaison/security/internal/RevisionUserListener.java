package org.liaison.security.internal;

import org.hibernate.envers.RevisionListener;

import org.liaison.security.AuditLog;
import org.liaison.security.Revision;

/** Stamps each revision with the signed-in user's name ({@code system} for start-up loads). */
public class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revision) {
		((Revision) revision).setUsername(AuditLog.currentActor());
	}

}
