/**
 * The REST API at {@code /api/v1}: every public type (projects, programmes, organisations, partners,
 * countries, regions, vocabularies and terms, dialogues, public meetings, news, pages, documents) as
 * JSON with cursor paging, ETags and problem+json errors; writes of projects and news for clients
 * with an API token; the OpenAPI description and Swagger UI; the anonymous callers' rate limit.
 * It reads and writes through the other modules' services only (ADR 23).
 */
package org.liaison.api;
