/**
 * Editorial content — news, pages, documents — in any number of languages, its publication state,
 * and the "related content" and "see also" links between any two items.
 */
package org.liaison.content;
