package org.liaison.content;

/** Kinds of official document. */
public enum DocumentKind {
	COUNCIL_CONCLUSIONS, STAFF_WORKING_DOCUMENT, COMMUNICATION, PRESS_RELEASE, REPORT, JOINT_STATEMENT
}
