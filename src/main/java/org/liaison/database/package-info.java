/**
 * Where Liaison keeps its data: an external PostgreSQL named by {@code LIAISON_DATABASE_URL}, or
 * else an embedded PostgreSQL under the data directory, started, guarded and stopped by Liaison itself.
 */
package org.liaison.database;
