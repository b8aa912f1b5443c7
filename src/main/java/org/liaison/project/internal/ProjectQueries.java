package org.liaison.project.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;

import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectPage;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * Filtered, paged lists of published projects in a fixed number of queries: one for the total, one for the ids
 * of the page, one for those projects with their programme (countries and terms then come in
 * batches through Hibernate's batch fetching).
 */
@Component
public class ProjectQueries {

	private final EntityManager entityManager;

	ProjectQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public ProjectPage find(ProjectFilter filter, int page, int size) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Long> count = entityManager.createQuery("select count(p) from Project p" + where, Long.class);
		parameters.forEach(count::setParameter);
		long total = count.getSingleResult();
		if (total == 0) {
			return new ProjectPage(List.of(), 0, page, size);
		}
		TypedQuery<Long> ids = entityManager
			.createQuery("select p.id from Project p" + where + " order by p.startDate desc nulls last, p.acronym, p.id",
					Long.class);
		parameters.forEach(ids::setParameter);
		ids.setFirstResult((page - 1) * size);
		ids.setMaxResults(size);
		List<Long> pageIds = ids.getResultList();
		return new ProjectPage(loadInOrder(pageIds), total, page, size);
	}

	/**
	 * Keyset paging: up to {@code limit} projects that match the filter (and, when given, have this
	 * source id or grant id), by id, after the project with id {@code afterId} (null: from the first).
	 * As fast for the last chunk of a million projects as for the first (an offset would make the
	 * database skip every row before it).
	 */
	public List<Project> after(ProjectFilter filter, String sourceId, Long afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		if (sourceId != null) {
			where += " and (p.sourceId = :sourceId or p.grantId = :sourceId)";
			parameters.put("sourceId", sourceId);
		}
		if (afterId != null) {
			where += " and p.id > :afterId";
			parameters.put("afterId", afterId);
		}
		TypedQuery<Long> ids = entityManager.createQuery("select p.id from Project p" + where + " order by p.id",
				Long.class);
		parameters.forEach(ids::setParameter);
		ids.setMaxResults(limit);
		return loadInOrder(ids.getResultList());
	}

	/** The id of the published project at this position (from 0) in id order, if there are that many. */
	public java.util.Optional<Long> idAt(long position) {
		return entityManager
			.createQuery("select p.id from Project p where " + published("p") + " order by p.id", Long.class)
			.setFirstResult(Math.toIntExact(position))
			.setMaxResults(1)
			.getResultStream()
			.findFirst();
	}

	/**
	 * The filter as a JPQL where clause on {@code p}, its values put into {@code parameters}: always
	 * published projects only, for these lists are the public's.
	 */
	private static String where(ProjectFilter filter, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where " + published("p"));
		if (filter.country() != null) {
			where.append(" and exists (select 1 from Project p2 join p2.countries c where p2 = p and c.code = :country)");
			parameters.put("country", filter.country());
		}
		if (filter.region() != null) {
			where.append(" and exists (select 1 from Project p3 join p3.countries c3, Region r join r.countries rc"
					+ " where p3 = p and r.code = :region and rc = c3)");
			parameters.put("region", filter.region());
		}
		if (filter.goal() != null) {
			where.append(termCondition("goal"));
			parameters.put("goal", filter.goal());
			parameters.put("goalVocabulary", Vocabulary.POLICY_GOALS);
		}
		if (filter.priority() != null) {
			where.append(termCondition("priority"));
			parameters.put("priority", filter.priority());
			parameters.put("priorityVocabulary", Vocabulary.D4D_PRIORITIES);
		}
		if (filter.theme() != null) {
			where.append(termCondition("theme"));
			parameters.put("theme", filter.theme());
			parameters.put("themeVocabulary", Vocabulary.THEMES);
		}
		if (filter.programme() != null) {
			where.append(" and p.programme.slug = :programme");
			parameters.put("programme", filter.programme());
		}
		return where.toString();
	}

	/**
	 * A JPQL condition: the project {@code alias} is published. Written as "not one of the few that are
	 * not" (a hashed subplan over the partial index {@code project_unpublished}), so that counts and
	 * keyset scans over a million projects stay index-only.
	 */
	static String published(String alias) {
		return " " + alias + ".id not in (select u.id from Project u where u.publication.status <> PUBLISHED) ";
	}

	/** Projects with their programme, in the order of {@code ids}. */
	public List<Project> loadInOrder(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Project> projects = new ArrayList<>(entityManager
			.createQuery("select p from Project p left join fetch p.programme where p.id in :ids", Project.class)
			.setParameter("ids", ids)
			.getResultList());
		projects.sort(Comparator.comparingInt(p -> ids.indexOf(p.getId())));
		// Pages render after the transaction: load the countries now, in one batch for the whole page.
		projects.forEach(p -> Hibernate.initialize(p.getCountries()));
		return projects;
	}

	/** The countries' shares (per cent) of these projects, where the source gave them: project id → country → share. */
	public Map<Long, Map<String, java.math.BigDecimal>> countryPercentages(List<Long> projectIds) {
		Map<Long, Map<String, java.math.BigDecimal>> shares = new HashMap<>();
		if (projectIds.isEmpty()) {
			return shares;
		}
		List<?> rows = entityManager.createNativeQuery("select project_id, country_code, percentage from project_country "
				+ "where percentage is not null and project_id in (:ids)").setParameter("ids", projectIds).getResultList();
		for (Object row : rows) {
			Object[] values = (Object[]) row;
			shares.computeIfAbsent(((Number) values[0]).longValue(), id -> new HashMap<>())
				.put((String) values[1], (java.math.BigDecimal) values[2]);
		}
		return shares;
	}

	private static String termCondition(String name) {
		return " and exists (select 1 from Project p_" + name + " join p_" + name + ".terms t_" + name + " where p_"
				+ name + " = p and t_" + name + ".slug = :" + name + " and t_" + name + ".vocabulary.code = :" + name
				+ "Vocabulary)";
	}

}
