package org.liaison.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.liaison.common.Money;
import org.liaison.project.Project;
import org.liaison.project.ProjectFigures;

import org.springframework.stereotype.Component;

/** Aggregates over projects and participations, computed by the database in a handful of queries. */
@Component
public class ProjectFigureQueries {

	private final EntityManager entityManager;

	ProjectFigureQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public ProjectFigures figures(ProjectFigures.Scope scope) {
		if (scope.countryCodes().isEmpty()) {
			return new ProjectFigures(0, 0, 0, 0, List.of(), List.of());
		}
		@SuppressWarnings("unchecked")
		List<Object[]> years = entityManager.createNativeQuery((scope.countryCodes().size() == 1) ? """
				select case when s.start_key = '-infinity' then null else cast(extract(year from s.start_key) as integer) end,
				       sum(s.projects),
				       coalesce(sum(s.projects) filter (where s.start_key <= :today and s.end_key >= :today and not s.closed), 0)
				from project_country_summary s where s.country_code in (:codes)
				group by 1 order by 1
				""" :
				// several countries: a project in two of them counts once, which the summary cannot tell
				"""
				select cast(extract(year from p.start_date) as integer), count(*),
				       count(*) filter (where (p.start_date is null or p.start_date <= :today)
				                          and (p.end_date is null or p.end_date >= :today)
				                          and p.status <> 'CLOSED')
				from (select distinct pc.project_id from project_country pc where pc.country_code in (:codes)) s
				join project p on p.id = s.project_id
				where p.publication_status = 'PUBLISHED'
				group by 1 order by 1
				""")
			.setParameter("codes", scope.countryCodes())
			.setParameter("today", scope.today())
			.getResultList();
		long projects = 0;
		long active = 0;
		List<ProjectFigures.YearCount> byStartYear = new java.util.ArrayList<>();
		for (Object[] row : years) {
			projects += ((Number) row[1]).longValue();
			active += ((Number) row[2]).longValue();
			if (row[0] != null) {
				byStartYear.add(new ProjectFigures.YearCount(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
			}
		}
		Object[] participationCounts = entityManager.createQuery("""
				select count(pa.id), count(distinct pa.organisation.id)
				from Participation pa where pa.country.code in :codes and """ + ProjectQueries.published("pa.project") + """
				""", Object[].class)
			.setParameter("codes", scope.countryCodes())
			.getSingleResult();
		List<Money> contributions = entityManager.createQuery("""
				select pa.contribution.currency, sum(pa.contribution.amount)
				from Participation pa where pa.country.code in :codes and pa.contribution.amount is not null
				  and """ + ProjectQueries.published("pa.project") + """
				group by pa.contribution.currency order by pa.contribution.currency
				""", Object[].class)
			.setParameter("codes", scope.countryCodes())
			.getResultList()
			.stream()
			.map(row -> new Money((BigDecimal) row[1], (String) row[0]))
			.toList();
		return new ProjectFigures(projects, active, ((Number) participationCounts[0]).longValue(),
				((Number) participationCounts[1]).longValue(), contributions, List.copyOf(byStartYear));
	}

	/** How many projects in the countries started in each year, oldest year first. */
	public List<ProjectFigures.YearCount> projectsByStartYear(ProjectFigures.Scope scope) {
		return figures(scope).byStartYear();
	}

	/** Projects in the countries running on the scope's date, latest start first, with their programme. */
	public List<Project> activeProjects(ProjectFigures.Scope scope, int limit) {
		return projects(scope, limit, true);
	}

	/** Projects in the countries, latest start first, with their programme. */
	public List<Project> latestProjects(ProjectFigures.Scope scope, int limit) {
		return projects(scope, limit, false);
	}

	private List<Project> projects(ProjectFigures.Scope scope, int limit, boolean activeOnly) {
		if (scope.countryCodes().isEmpty()) {
			return List.of();
		}
		String active = activeOnly ? """
				  and (p.startDate is null or p.startDate <= :today) and (p.endDate is null or p.endDate >= :today)
				  and p.status <> org.liaison.project.ProjectStatus.CLOSED
				""" : "";
		var query = entityManager.createQuery("""
				select p.id from Project p
				where exists (select 1 from Project p2 join p2.countries c where p2 = p and c.code in :codes)
				  and """ + ProjectQueries.published("p") + "\n" + active + " order by p.startDate desc nulls last, p.id", Long.class)
			.setParameter("codes", scope.countryCodes())
			.setMaxResults(limit);
		if (activeOnly) {
			query.setParameter("today", scope.today());
		}
		List<Long> ids = query.getResultList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Project> projects = new java.util.ArrayList<>(entityManager
			.createQuery("select p from Project p left join fetch p.programme where p.id in :ids", Project.class)
			.setParameter("ids", ids)
			.getResultList());
		projects.sort(java.util.Comparator.comparingInt(p -> ids.indexOf(p.getId())));
		return projects;
	}

	/** The latest starts and ends of projects in the countries, newest first. */
	public List<ProjectFigures.Milestone> milestones(ProjectFigures.Scope scope, int limit) {
		if (scope.countryCodes().isEmpty()) {
			return List.of();
		}
		// exists, not a join with distinct: the start-date index then yields the newest rows first
		List<ProjectFigures.Milestone> starts = entityManager.createQuery("""
				select p.startDate, p.slug, p.acronym from Project p
				where exists (select 1 from Project p2 join p2.countries c where p2 = p and c.code in :codes)
				  and p.startDate is not null and """ + ProjectQueries.published("p") + """
				order by p.startDate desc, p.id desc
				""", Object[].class)
			.setParameter("codes", scope.countryCodes())
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(row -> new ProjectFigures.Milestone((LocalDate) row[0], true, (String) row[1], (String) row[2]))
			.toList();
		List<ProjectFigures.Milestone> ends = entityManager.createQuery("""
				select p.endDate, p.slug, p.acronym from Project p
				where exists (select 1 from Project p2 join p2.countries c where p2 = p and c.code in :codes)
				  and p.endDate is not null and """ + ProjectQueries.published("p") + """
				order by p.endDate desc, p.id desc
				""", Object[].class)
			.setParameter("codes", scope.countryCodes())
			.setMaxResults(limit)
			.getResultList()
			.stream()
			.map(row -> new ProjectFigures.Milestone((LocalDate) row[0], false, (String) row[1], (String) row[2]))
			.toList();
		return java.util.stream.Stream.concat(starts.stream(), ends.stream())
			.sorted(java.util.Comparator.comparing(ProjectFigures.Milestone::date).reversed())
			.limit(limit)
			.toList();
	}

}
