/**
 * Data exchange: imports (CORDIS's project XML and CSV) and, later, open-data exports. Reads and
 * writes the other modules only through their services; owns the import checkpoints and the
 * {@code import} command line.
 */
package org.liaison.exchange;
