/**
 * Who may do what: user accounts and their roles (administrator, editor, officer, viewer), sign-in
 * with lockout after repeated failures, the first administrator, security headers and CSRF on every
 * response, the append-only audit log, and the revision entity that records who changed an item.
 */
package org.liaison.security;
