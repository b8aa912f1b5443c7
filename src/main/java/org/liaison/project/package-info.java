/**
 * Funding programmes and their budget lines, cooperation projects, the organisations that take
 * part in them, and what each receives.
 */
package org.liaison.project;
