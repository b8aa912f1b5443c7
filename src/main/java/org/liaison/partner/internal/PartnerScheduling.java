package org.liaison.partner.internal;

import org.liaison.common.SchedulableType;
import org.liaison.partner.Partner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A partner's public profile can be published at a date and time. */
@Configuration(proxyBeanMethods = false)
class PartnerScheduling {

	@Bean
	SchedulableType scheduledPartners() {
		return new SchedulableType("partner", "publication_status", Partner.class, "partner");
	}

}
