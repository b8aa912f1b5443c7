package org.liaison.project.internal;

import org.liaison.common.SchedulableType;
import org.liaison.project.Project;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A project's public profile can be published at a date and time. */
@Configuration(proxyBeanMethods = false)
class ProjectScheduling {

	@Bean
	SchedulableType scheduledProjects() {
		return new SchedulableType("project", "publication_status", Project.class, "project");
	}

}
