/**
 * IATI in and out: the import of IATI 2.01–2.03 activity files (schema-checked, streamed, matched by
 * IATI identifier) and the IATI 2.03 activity XML of the public projects at
 * {@code /opendata/iati-activities.xml} (ADR 22).
 */
package org.liaison.exchange.iati;
