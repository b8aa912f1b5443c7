package org.liaison.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFilterTests {

	@Test
	void writesItselfAsAQueryStringForLinksToTheProjectList() {
		assertThat(new ProjectFilter("africa", "ke", "market-access", null, null, "5g").asQueryString())
			.isEqualTo("region=africa&country=ke&goal=market-access&theme=5g");
		assertThat(ProjectFilter.none().asQueryString()).isEmpty();
		assertThat(ProjectFilter.byRegion("a b&c").asQueryString()).isEqualTo("region=a+b%26c");
	}

}
