package org.liaison.project.web;

import java.util.ArrayList;
import java.util.List;

import org.liaison.common.Money;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.StructuredData;
import org.liaison.common.web.StructuredData.Node;
import org.liaison.geography.Country;
import org.liaison.project.Participation;
import org.liaison.project.ParticipationRole;
import org.liaison.project.Project;

/**
 * A project page's schema.org JSON-LD: a {@code ResearchProject} (a kind of {@code Organization})
 * with its dates (founding and dissolution, schema.org's terms for an organisation's start and end),
 * the countries it works in, its members, its funders and its grant.
 */
public final class ProjectStructuredData {

	private ProjectStructuredData() {
	}

	public static String of(Project project, PageContext page) {
		String url = page.baseUrl() + page.url("projects/" + project.getSlug());
		Node node = StructuredData.node("ResearchProject")
			.put("@id", url)
			.put("url", url)
			.text("name", project.getTitle(), page.language())
			.put("alternateName", project.getAcronym())
			.text("description", project.getSummary(), page.language())
			.put("identifier", project.getGrantId())
			.put("foundingDate", (project.getStartDate() == null) ? null : project.getStartDate().toString())
			.put("dissolutionDate", (project.getEndDate() == null) ? null : project.getEndDate().toString())
			.put("sameAs", project.getWebsite())
			.put("location", project.getCountries().stream().map(c -> country(c, page)).toList());
		List<Node> funders = new ArrayList<>();
		List<Node> members = new ArrayList<>();
		for (Participation participation : project.getParticipations()) {
			Node organisation = StructuredData.node("Organization")
				.put("name", participation.getOrganisation().getName())
				.put("url", participation.getOrganisation().getWebsite());
			if (participation.getRole() == ParticipationRole.FUNDER) {
				funders.add(organisation);
			}
			else {
				members.add(organisation);
			}
		}
		Money eu = project.getEuContribution();
		if (eu != null && funders.isEmpty()) {
			// An EU contribution is by definition funding from the European Union.
			funders.add(StructuredData.node("GovernmentOrganization").put("name", "European Union"));
		}
		node.put("funder", funders).put("member", members);
		if (project.getProgramme() != null || eu != null) {
			node.put("funding", StructuredData.node("MonetaryGrant")
				.text("name", (project.getProgramme() == null) ? null : project.getProgramme().getName(), page.language())
				.put("identifier", project.getGrantId())
				.put("amount", (eu == null) ? null
						: StructuredData.node("MonetaryAmount").put("value", eu.amount()).put("currency", eu.currency()))
				.put("funder", funders));
		}
		return StructuredData.script(node);
	}

	private static Node country(Country country, PageContext page) {
		return StructuredData.node("Country").text("name", country.getName(), page.language())
			.put("identifier", country.getCode());
	}

}
