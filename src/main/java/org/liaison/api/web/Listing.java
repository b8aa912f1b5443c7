package org.liaison.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list.
 *
 * @param items this page's items, in the list's fixed order
 * @param next the address of the next page (with its cursor), or null on the last page
 * @param limit the largest number of items a page of this request holds
 * @param lang the language texts were asked in ({@code all}: every translation)
 */
record Listing<T>(List<T> items,
		@Schema(description = "Address of the next page, or null on the last page",
				example = "/api/v1/projects?limit=20&cursor=MXxwfDEy") String next,
		int limit,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) @Schema(example = "en", description = "The language texts were asked in; all for every translation") String lang) {
}
