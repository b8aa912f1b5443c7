/**
 * Search: the index's configuration and health (analyzers, start-up check, rebuilds), the query
 * service with facets, snippets and suggestions, and the search page and API. The entities of the
 * other modules carry their own mapping ({@link org.liaison.common.search}); nothing depends on this module.
 */
package org.liaison.search;
