package org.liaison.content.web;

/** A message for a form, by its key, with its arguments. */
public record FormMessage(String key, Object... arguments) {
}
