package org.liaison.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.common.ItemRef;
import org.liaison.content.LinkKind;
import org.liaison.project.ProjectService.NewProject;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reading and checking a data set, without a database. */
class DemoDataSetTests {

	/** A small valid data set; each test breaks one thing in it. */
	private static final String VALID = """
			vocabularies:
			  - code: policy-goals
			    name: {en: Policy goals}
			    terms:
			      - {slug: tackle-global-societal-challenges, name: {en: Tackle global societal challenges}}
			programmes:
			  - {slug: horizon-2020, name: {en: Horizon 2020}}
			projects:
			  - slug: wazihub
			    acronym: WAZIHUB
			    title: {en: Accelerating Open IoT and Big Data Innovation in Africa}
			    programme: horizon-2020
			    countries: [KE, UG]
			    goals: [tackle-global-societal-challenges]
			""";

	@Test
	void readsTheShippedDataSet() throws IOException {
		String yaml = new ClassPathResource(DemoDataSet.RESOURCE).getContentAsString(StandardCharsets.UTF_8);

		DemoData data = DemoDataReader.read(DemoDataSet.RESOURCE, yaml);

		assertThat(data.projects()).extracting(NewProject::acronym).containsExactly("ISOOKO", "FANFAR", "SAMS",
				"YAKSHA", "WAZIHUB", "GO-GA", "EPICA", "PICASSO", "DISCOVERY", "Idealist2018", "EPIC", "IST-Africa");
		assertThat(data.vocabularies().get(0).terms()).hasSize(7);
		assertThat(data.vocabularies().get(1).terms()).hasSize(4);
		assertThat(data.links()).contains(new DemoData.LinkEntry(ItemRef.parse("page:regional-and-bilateral-relations"),
				ItemRef.parse("region:asia-pacific"), LinkKind.SEE_ALSO));
	}

	@Test
	void readsAValidDataSet() {
		DemoData data = DemoDataReader.read("test.yaml", VALID);

		assertThat(data.projects().get(0).countries()).containsExactly("KE", "UG");
	}

	@Test
	void rejectsAnUnknownCountryCodeNamingItsPath() {
		assertThatIllegalArgumentException().isThrownBy(() -> read(VALID.replace("[KE, UG]", "[KE, XX]")))
			.withMessage("test.yaml: projects[0].countries[1]: 'XX' is not an ISO 3166-1 alpha-2 country code");
	}

	@Test
	void rejectsAGoalThatIsNoTermOfThePolicyGoals() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(VALID.replace("goals: [tackle-global-societal-challenges]",
					"goals: [tackle-global-societal-challenges, world-peace]")))
			.withMessage("test.yaml: projects[0].goals[1]: 'world-peace' is not a term of vocabulary 'policy-goals'");
	}

	@Test
	void rejectsAProjectWithoutTitle() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(VALID.replace("title: {en: Accelerating Open IoT and Big Data Innovation in Africa}",
					"")))
			.withMessageStartingWith("test.yaml: projects[0].title: is missing");
	}

	@Test
	void rejectsAMisspeltField() {
		assertThatIllegalArgumentException().isThrownBy(() -> read(VALID.replace("countries:", "countires:")))
			.withMessageStartingWith("test.yaml: projects[0].countires: is not a known field here");
	}

	@Test
	void rejectsAProgrammeThatTheDataSetDoesNotDefine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> read(VALID.replace("programme: horizon-2020", "programme: horizon-europe")))
			.withMessage("test.yaml: projects[0].programme: 'horizon-europe' is not a programme of this data set");
	}

	@Test
	void rejectsASlugDefinedTwice() {
		String twice = VALID + """
				  - {slug: wazihub, acronym: WAZIHUB, title: {en: Again}}
				""";

		assertThatIllegalArgumentException().isThrownBy(() -> read(twice))
			.withMessage("test.yaml: projects[1].slug: 'project:wazihub' is defined twice; first at projects[0].slug");
	}

	@Test
	void rejectsALinkToAnItemTheDataSetDoesNotDefine() {
		String links = VALID + """
				links:
				  - {from: project:wazihub, related: [page:nowhere]}
				""";

		assertThatIllegalArgumentException().isThrownBy(() -> read(links))
			.withMessage("test.yaml: links[0].related[0]: 'page:nowhere' names no item of this data set");
	}

	@Test
	void keepsNorwaysCodeACountryCode() {
		// YAML 1.1 reads a bare NO as false; the data set's reader keeps every plain value as text
		DemoData data = read(VALID.replace("[KE, UG]", "[KE, NO]"));

		assertThat(data.projects().get(0).countries()).isEqualTo(List.of("KE", "NO"));
	}

	@Test
	void rejectsYamlThatDoesNotParse() {
		assertThatIllegalArgumentException().isThrownBy(() -> read("projects: [wazihub"))
			.withMessageStartingWith("test.yaml: not valid YAML:");
	}

	private static DemoData read(String yaml) {
		return DemoDataReader.read("test.yaml", yaml);
	}

}
