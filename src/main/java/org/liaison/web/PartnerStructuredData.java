package org.liaison.web;

import org.liaison.common.web.PageContext;
import org.liaison.common.web.StructuredData;
import org.liaison.common.web.StructuredData.Node;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerKind;

/**
 * A partner page's schema.org JSON-LD: a {@code Country} (with its ISO 3166-1 code) or an
 * {@code Organization} (with its website), and its regions as the places it belongs to.
 */
public final class PartnerStructuredData {

	private PartnerStructuredData() {
	}

	public static String of(Partner partner, PageContext page) {
		String url = page.baseUrl() + page.url("partners/" + partner.getSlug());
		boolean country = partner.getKind() == PartnerKind.COUNTRY;
		Node node = StructuredData.node(country ? "Country" : "Organization")
			.put("@id", url)
			.put("url", url)
			.text("name", partner.getName(), page.language())
			.text("description", partner.getSummary(), page.language())
			.put("identifier", (partner.getCountry() == null) ? null : partner.getCountry().getCode())
			.put("sameAs", partner.getWebsite());
		if (country) {
			node.put("containedInPlace", partner.getRegions().stream()
				.map(r -> StructuredData.node("Place").text("name", r.getName(), page.language())
					.put("url", page.baseUrl() + page.url("regions/" + r.getCode())))
				.toList());
		}
		else {
			node.put("areaServed", partner.getRegions().stream()
				.map(r -> StructuredData.node("Place").text("name", r.getName(), page.language())
					.put("url", page.baseUrl() + page.url("regions/" + r.getCode())))
				.toList());
		}
		return StructuredData.script(node);
	}

}
