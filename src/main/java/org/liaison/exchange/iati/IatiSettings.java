package org.liaison.exchange.iati;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes Liaison's IATI export: the reporting organisation of every activity, and the prefix
 * of the identifiers of projects that have no IATI identifier of their own ({@code <ref>-<slug>}).
 * Set {@code LIAISON_IATI_REPORTING_ORG_REF} to the organisation identifier the IATI registry knows
 * the publisher by.
 *
 * @param reportingOrgRef the reporting organisation's IATI organisation identifier
 * @param reportingOrgName its name
 * @param reportingOrgType its IATI OrganisationType code (10: government, 40: multilateral…)
 */
@ConfigurationProperties("liaison.iati")
public record IatiSettings(@DefaultValue("XI-IATI-LIAISON") String reportingOrgRef,
		@DefaultValue("Liaison") String reportingOrgName, @DefaultValue("10") String reportingOrgType) {

	public IatiSettings {
		if (reportingOrgRef == null || reportingOrgRef.isBlank() || reportingOrgRef.matches(".*\\s.*")) {
			throw new IllegalArgumentException("liaison.iati.reporting-org-ref must be an IATI organisation identifier "
					+ "without spaces, not '" + reportingOrgRef + "'");
		}
	}

}
