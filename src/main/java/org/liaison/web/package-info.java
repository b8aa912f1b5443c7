/**
 * The public portal's frame: language negotiation and routing under {@code /{lang}/}, the page
 * context every template gets, error pages, and the pages that bring several modules together —
 * home, regions, countries, partners (everything about one partner on one page) and goals.
 */
package org.liaison.web;
