/**
 * Vocabularies and their terms — policy goals, Digital4Development priorities, themes (5G, AI,
 * cybersecurity…), SDGs — with which projects, meetings and news are tagged.
 */
package org.liaison.taxonomy;
