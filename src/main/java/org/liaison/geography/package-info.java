/**
 * Countries (every ISO 3166-1 entry with its UN M49 region, names from CLDR) and the policy
 * regions ("Africa", "EU neighbours", "Asia-Pacific"…) that activities are grouped by.
 */
package org.liaison.geography;
