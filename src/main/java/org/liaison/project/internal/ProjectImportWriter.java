package org.liaison.project.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Money;
import org.liaison.database.CopyIn;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ProjectBudget;
import org.liaison.project.RegionShare;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported organisations and projects in set-based statements (a few per batch, not a few
 * per record), new rows with COPY: imports bring hundreds of thousands of rows, which entity-by-entity writing cannot
 * keep up with. Runs inside the caller's transaction.
 */
@Component
public class ProjectImportWriter {

	private final JdbcTemplate jdbc;

	ProjectImportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates new organisations, updates changed ones; their database ids, and which were created or changed. */
	public ImportedOrganisation.Written writeOrganisations(Collection<ImportedOrganisation> batch) {
		Map<String, ImportedOrganisation> bySourceId = new LinkedHashMap<>();
		batch.forEach(o -> bySourceId.put(o.sourceId(), o));
		Map<String, Long> ids = new HashMap<>();
		if (bySourceId.isEmpty()) {
			return new ImportedOrganisation.Written(ids, Set.of(), Set.of());
		}
		String source = batch.iterator().next().source();
		Map<String, String> hashes = new HashMap<>();
		jdbc.query("select id, source_id, source_hash from organisation where source = ? and source_id = any(?)",
				rs -> {
					ids.put(rs.getString(2), rs.getLong(1));
					hashes.put(rs.getString(2), rs.getString(3));
				}, source, textArray(bySourceId.keySet()));
		List<ImportedOrganisation> created = new ArrayList<>();
		List<ImportedOrganisation> changed = new ArrayList<>();
		for (ImportedOrganisation organisation : bySourceId.values()) {
			if (!ids.containsKey(organisation.sourceId())) {
				created.add(organisation);
			}
			else if (!organisation.hash().equals(hashes.get(organisation.sourceId()))) {
				changed.add(organisation);
			}
		}
		List<Long> newIds = nextIds("organisation", created.size());
		for (int i = 0; i < created.size(); i++) {
			ids.put(created.get(i).sourceId(), newIds.get(i));
		}
		CopyIn.rows(jdbc, "organisation", "id, name, short_name, country_code, kind, website, source, source_id, source_hash",
				created, o -> Arrays.asList(ids.get(o.sourceId()), o.name(), o.shortName(), o.countryCode(), o.kind(),
						o.website(), o.source(), o.sourceId(), o.hash()));
		jdbc.batchUpdate("update organisation set name = ?, short_name = ?, country_code = ?, kind = ?, website = ?, "
				+ "source_hash = ?, version = version + 1 where id = ?", changed, 500, (ps, o) -> {
					setOrganisation(ps, 1, o);
					ps.setString(6, o.hash());
					ps.setLong(7, ids.get(o.sourceId()));
				});
		Set<Long> createdIds = new HashSet<>(newIds);
		Set<Long> changedIds = new HashSet<>();
		changed.forEach(o -> changedIds.add(ids.get(o.sourceId())));
		return new ImportedOrganisation.Written(ids, createdIds, changedIds);
	}

	private static void setOrganisation(PreparedStatement ps, int first, ImportedOrganisation o) throws SQLException {
		ps.setString(first, o.name());
		ps.setString(first + 1, o.shortName());
		ps.setString(first + 2, o.countryCode());
		ps.setString(first + 3, o.kind());
		ps.setString(first + 4, o.website());
	}

	/**
	 * Creates, updates or leaves each project; the outcomes in the batch's order.
	 * @param organisationIds database ids of the participants' organisations, by source id
	 * @param ownedVocabularyIds the importer's vocabularies: a changed project's terms of these are replaced
	 */
	public List<ImportedProject.Outcome> writeProjects(List<ImportedProject> batch, Map<String, Long> organisationIds,
			Collection<Long> ownedVocabularyIds) {
		Map<String, Long> existing = new HashMap<>();
		Map<String, String> hashes = new HashMap<>();
		if (!batch.isEmpty() && batch.get(0).details().matchedBySourceId()) {
			// an IATI identifier is no grant id: match it as the source's own identifier only
			jdbc.query("select id, source_id, source_hash from project where source = ? and source_id = any(?)", rs -> {
				existing.put(rs.getString(2), rs.getLong(1));
				hashes.put(rs.getString(2), rs.getString(3));
			}, batch.get(0).source(), textArray(batch.stream().map(ImportedProject::grantId).toList()));
		}
		else if (!batch.isEmpty()) {
			jdbc.query("select distinct on (grant_id) id, grant_id, source_hash from project where grant_id = any(?) "
					+ "order by grant_id, id", rs -> {
						existing.put(rs.getString(2), rs.getLong(1));
						hashes.put(rs.getString(2), rs.getString(3));
					}, textArray(batch.stream().map(ImportedProject::grantId).toList()));
		}
		List<ImportedProject.Outcome> outcomes = new ArrayList<>(batch.size());
		List<ImportedProject> created = new ArrayList<>();
		List<ImportedProject> changed = new ArrayList<>();
		Map<String, Long> ids = new HashMap<>(existing);
		for (ImportedProject project : batch) {
			if (!existing.containsKey(project.grantId()) && !ids.containsKey(project.grantId())) {
				created.add(project);
				ids.put(project.grantId(), -1L);
				outcomes.add(ImportedProject.Outcome.CREATED);
			}
			else if (existing.containsKey(project.grantId()) && !project.hash().equals(hashes.get(project.grantId()))) {
				changed.add(project);
				hashes.put(project.grantId(), project.hash());
				outcomes.add(ImportedProject.Outcome.UPDATED);
			}
			else {
				throwIfRepeated(project, created, changed);
				outcomes.add(ImportedProject.Outcome.UNCHANGED);
			}
		}
		List<Long> newIds = nextIds("project", created.size());
		for (int i = 0; i < created.size(); i++) {
			ids.put(created.get(i).grantId(), newIds.get(i));
		}
		CopyIn.rows(jdbc, "project", "id, slug, acronym, title, summary, objective, keywords, programme_id, grant_id, "
				+ "status, start_date, end_date, total_cost, total_cost_currency, eu_contribution, eu_contribution_currency, "
				+ "website, call_identifier, topic, funding_scheme, legal_basis, source, source_id, source_hash", created,
				p -> Arrays.asList(ids.get(p.grantId()), p.slug(), p.acronym(), json(p.title()), json(p.summary()),
						json(p.objective()), p.keywords(), p.programmeId(), p.storedGrantId(), p.status().name(), p.startDate(),
						p.endDate(), amount(p.totalCost()), currency(p.totalCost()), amount(p.euContribution()),
						currency(p.euContribution()), p.website(), p.callIdentifier(), p.topic(), p.fundingScheme(),
						p.legalBasis(), p.source(), p.grantId(), p.hash()));
		// Texts merge by language (jsonb ||): a translation entered here survives the next import.
		jdbc.batchUpdate("update project set acronym = ?, title = title || ?::jsonb, summary = summary || ?::jsonb, "
				+ "objective = objective || ?::jsonb, keywords = ?, programme_id = ?, grant_id = ?, status = ?, "
				+ "start_date = ?, end_date = ?, total_cost = ?, total_cost_currency = ?, eu_contribution = ?, "
				+ "eu_contribution_currency = ?, website = coalesce(?, website), call_identifier = ?, topic = ?, "
				+ "funding_scheme = ?, legal_basis = ?, source = ?, source_id = ?, source_hash = ?, version = version + 1 where id = ?",
				changed, 500, (ps, p) -> {
					ps.setString(1, p.acronym());
					ps.setString(2, json(p.title()));
					ps.setString(3, json(p.summary()));
					ps.setString(4, json(p.objective()));
					setProjectFields(ps, 5, p);
					ps.setString(22, p.hash());
					ps.setLong(23, ids.get(p.grantId()));
				});
		if (!changed.isEmpty()) {
			Array changedIds = longArray(changed.stream().map(p -> ids.get(p.grantId())).toList());
			jdbc.update("delete from participation where project_id = any(?)", changedIds);
			jdbc.update("delete from project_country where project_id = any(?)", changedIds);
			jdbc.update("delete from project_term where project_id = any(?) and term_id in "
					+ "(select id from term where vocabulary_id = any(?))", changedIds, longArray(ownedVocabularyIds));
			jdbc.update("delete from project_region where project_id = any(?)", changedIds);
			jdbc.update("delete from project_budget where project_id = any(?)", changedIds);
		}
		List<ImportedProject> written = new ArrayList<>(created);
		written.addAll(changed);
		List<Object[]> countries = new ArrayList<>();
		List<Object[]> terms = new ArrayList<>();
		List<Object[]> participations = new ArrayList<>();
		List<Object[]> dates = new ArrayList<>();
		List<Object[]> regions = new ArrayList<>();
		List<Object[]> budgets = new ArrayList<>();
		for (ImportedProject p : written) {
			long id = ids.get(p.grantId());
			ImportedProject.Details details = p.details();
			for (int i = 0; i < p.countries().size(); i++) {
				countries.add(new Object[] { id, p.countries().get(i), i,
						details.countryPercentages().get(p.countries().get(i)) });
			}
			if (details != ImportedProject.Details.NONE) {
				dates.add(new Object[] { date(details.plannedStart()), date(details.actualStart()),
						date(details.plannedEnd()), date(details.actualEnd()), id });
			}
			for (int i = 0; i < details.regions().size(); i++) {
				RegionShare region = details.regions().get(i);
				regions.add(new Object[] { id, i, region.vocabulary(), region.code(), region.percentage() });
			}
			for (int i = 0; i < details.budgets().size(); i++) {
				ProjectBudget budget = details.budgets().get(i);
				budgets.add(new Object[] { id, i, budget.type(), budget.status(), date(budget.periodStart()),
						date(budget.periodEnd()), budget.amount(), budget.currency(), date(budget.valueDate()) });
			}
			p.termIds().stream().distinct().forEach(term -> terms.add(new Object[] { id, term }));
			for (ImportedProject.Participant participant : p.participants()) {
				Long organisation = organisationIds.get(participant.organisationSourceId());
				if (organisation == null) {
					throw new IllegalArgumentException("Project " + p.grantId() + " names organisation "
							+ participant.organisationSourceId() + ", which was not imported");
				}
				Money contribution = participant.contribution();
				participations.add(new Object[] { id, organisation, participant.role().name(), participant.countryCode(),
						(contribution == null) ? null : contribution.amount(),
						(contribution == null) ? null : contribution.currency() });
			}
		}
		CopyIn.rows(jdbc, "project_country", "project_id, country_code, position, percentage", countries, Arrays::asList);
		jdbc.batchUpdate("update project set planned_start_date = ?, actual_start_date = ?, planned_end_date = ?, "
				+ "actual_end_date = ? where id = ?", dates,
				new int[] { Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.BIGINT });
		CopyIn.rows(jdbc, "project_region", "project_id, position, vocabulary, code, percentage", regions, Arrays::asList);
		CopyIn.rows(jdbc, "project_budget", "project_id, position, type, status, period_start, period_end, amount, "
				+ "currency, value_date", budgets, Arrays::asList);
		CopyIn.rows(jdbc, "project_term", "project_id, term_id", terms, Arrays::asList);
		CopyIn.rows(jdbc, "participation", "project_id, organisation_id, role, country_code, contribution, "
				+ "contribution_currency", participations, Arrays::asList);
		return outcomes;
	}

	/** The ids of the projects with these grant ids, by grant id. */
	public Map<String, Long> idsByGrantId(Collection<String> grantIds) {
		Map<String, Long> ids = new HashMap<>();
		if (!grantIds.isEmpty()) {
			jdbc.query("select grant_id, id from project where grant_id = any(?)",
					rs -> {
						ids.putIfAbsent(rs.getString(1), rs.getLong(2));
					}, textArray(grantIds));
		}
		return ids;
	}

	/** The ids of a source's projects by their identifier there (an IATI identifier). */
	public Map<String, Long> idsBySourceId(String source, Collection<String> sourceIds) {
		Map<String, Long> ids = new HashMap<>();
		if (!sourceIds.isEmpty()) {
			jdbc.query("select source_id, id from project where source = ? and source_id = any(?)",
					rs -> {
						ids.putIfAbsent(rs.getString(1), rs.getLong(2));
					}, source, textArray(sourceIds));
		}
		return ids;
	}

	/** A grant id twice in one batch: the second is either the same record (unchanged) or a contradiction. */
	private static void throwIfRepeated(ImportedProject project, List<ImportedProject> created,
			List<ImportedProject> changed) {
		for (List<ImportedProject> list : List.of(created, changed)) {
			for (ImportedProject other : list) {
				if (other.grantId().equals(project.grantId()) && !other.hash().equals(project.hash())) {
					throw new IllegalArgumentException(
							(project.details().matchedBySourceId() ? "Identifier " : "Grant id ") + project.grantId()
							+ " appears twice in the input with different data");
				}
			}
		}
	}

	private static void setProjectFields(PreparedStatement ps, int first, ImportedProject p) throws SQLException {
		int i = first;
		ps.setString(i++, p.keywords());
		if (p.programmeId() == null) {
			ps.setNull(i++, Types.BIGINT);
		}
		else {
			ps.setLong(i++, p.programmeId());
		}
		ps.setString(i++, p.storedGrantId());
		ps.setString(i++, p.status().name());
		ps.setObject(i++, (p.startDate() == null) ? null : Date.valueOf(p.startDate()), Types.DATE);
		ps.setObject(i++, (p.endDate() == null) ? null : Date.valueOf(p.endDate()), Types.DATE);
		i = setMoney(ps, i, p.totalCost());
		i = setMoney(ps, i, p.euContribution());
		ps.setString(i++, p.website());
		ps.setString(i++, p.callIdentifier());
		ps.setString(i++, p.topic());
		ps.setString(i++, p.fundingScheme());
		ps.setString(i++, p.legalBasis());
		ps.setString(i++, p.source());
		ps.setString(i, p.grantId());
	}

	private static Date date(java.time.LocalDate date) {
		return (date == null) ? null : Date.valueOf(date);
	}

	private static BigDecimal amount(Money money) {
		return (money == null) ? null : money.amount();
	}

	private static String currency(Money money) {
		return (money == null) ? null : money.currency();
	}

	private static int setMoney(PreparedStatement ps, int index, Money money) throws SQLException {
		ps.setObject(index, (money == null) ? null : money.amount(), Types.NUMERIC);
		ps.setString(index + 1, (money == null) ? null : money.currency());
		return index + 2;
	}

	private static String json(LocalizedText text) {
		return LocalizedTextType.toJson((text == null) ? LocalizedText.empty() : text);
	}

	/** {@code count} fresh values of a table's identity sequence. */
	private List<Long> nextIds(String table, int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class,
				table, count);
	}

	private Array textArray(Collection<String> values) {
		return jdbc.execute((ConnectionCallback<Array>) c -> c.createArrayOf("text", values.toArray()));
	}

	private Array longArray(Collection<Long> values) {
		return jdbc.execute((ConnectionCallback<Array>) c -> c.createArrayOf("bigint", values.toArray()));
	}

}
