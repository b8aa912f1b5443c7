/**
 * Policy dialogues with partners: dialogue series (the EU–Australia Digital Dialogue), their
 * meetings, and what came out of them.
 */
package org.liaison.dialogue;
