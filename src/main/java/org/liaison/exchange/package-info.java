/**
 * Data exchange: imports (CORDIS's project XML and CSV, IATI activity files) and open data out
 * (project CSV and JSON, IATI activity XML, Atom news feeds, iCalendar meeting feeds, the sitemap
 * and the open-data page). Reads and writes the other modules only through their services; owns
 * the import checkpoints and the {@code import} command line.
 */
package org.liaison.exchange;
