/**
 * What the data adds up to: key figures and the timeline of a partner's relationship with the EU,
 * and the briefings (printable HTML and PDF) that a policy officer takes to a meeting.
 */
package org.liaison.insight;
