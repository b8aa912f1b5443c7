package org.liaison.common;

/**
 * A type whose items the scheduler publishes at the time an editor chose. Each module that owns
 * {@link Schedulable} items declares one bean of this per type.
 *
 * @param table the entity's table
 * @param statusColumn its publication-status column (with {@code publish_at} beside it)
 * @param entity the entity
 * @param name the type's name in the audit log and in log lines: {@code news}, {@code partner}
 */
public record SchedulableType(String table, String statusColumn, Class<? extends Schedulable> entity, String name) {

	public SchedulableType {
		if (!table.matches("[a-z_]+") || !statusColumn.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a table and column name: " + table + "." + statusColumn);
		}
	}

}
