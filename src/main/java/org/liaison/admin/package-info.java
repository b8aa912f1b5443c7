/**
 * The back office's frame at {@code /admin}: its layout, its navigation by role and its home. Each
 * module edits its own items with controllers in its own {@code web} package, rendered in this frame.
 */
package org.liaison.admin;
