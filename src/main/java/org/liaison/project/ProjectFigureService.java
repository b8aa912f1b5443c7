package org.liaison.project;

import java.util.List;

import org.liaison.project.internal.ProjectFigureQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Key figures and milestones of the projects in a set of countries, for partner pages and briefings. */
@Service
@Transactional(readOnly = true)
public class ProjectFigureService {

	private final ProjectFigureQueries queries;

	ProjectFigureService(ProjectFigureQueries queries) {
		this.queries = queries;
	}

	public ProjectFigures figures(ProjectFigures.Scope scope) {
		return queries.figures(scope);
	}

	public List<ProjectFigures.YearCount> projectsByStartYear(ProjectFigures.Scope scope) {
		return queries.projectsByStartYear(scope);
	}

	/** Running projects with their programme, latest start first. */
	public List<Project> activeProjects(ProjectFigures.Scope scope, int limit) {
		return queries.activeProjects(scope, limit);
	}

	/** The latest projects in the countries, running or not, with their programme. */
	public List<Project> latestProjects(ProjectFigures.Scope scope, int limit) {
		return queries.latestProjects(scope, limit);
	}

	public List<ProjectFigures.Milestone> milestones(ProjectFigures.Scope scope, int limit) {
		return queries.milestones(scope, limit);
	}

}
