package org.liaison.project.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Money;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported organisations and projects in set-based statements (a few per batch, not a few
 * per record): imports bring hundreds of thousands of rows, which entity-by-entity writing cannot
 * keep up with. Runs inside the caller's transaction.
 */
@Component
public class ProjectImportWriter {

	private final JdbcTemplate jdbc;

	ProjectImportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates or updates the organisations; their database ids by source id. */
	public Map<String, Long> writeOrganisations(Collection<ImportedOrganisation> batch) {
		Map<String, ImportedOrganisation> bySourceId = new LinkedHashMap<>();
		batch.forEach(o -> bySourceId.put(o.sourceId(), o));
		Map<String, Long> ids = new HashMap<>();
		if (bySourceId.isEmpty()) {
			return ids;
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
		jdbc.batchUpdate("insert into organisation (id, name, short_name, country_code, kind, website, source, source_id, "
				+ "source_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", created, 500, (ps, o) -> {
					ps.setLong(1, ids.get(o.sourceId()));
					setOrganisation(ps, 2, o);
					ps.setString(7, o.source());
					ps.setString(8, o.sourceId());
					ps.setString(9, o.hash());
				});
		jdbc.batchUpdate("update organisation set name = ?, short_name = ?, country_code = ?, kind = ?, website = ?, "
				+ "source_hash = ?, version = version + 1 where id = ?", changed, 500, (ps, o) -> {
					setOrganisation(ps, 1, o);
					ps.setString(6, o.hash());
					ps.setLong(7, ids.get(o.sourceId()));
				});
		return ids;
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
		if (!batch.isEmpty()) {
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
		jdbc.batchUpdate("insert into project (id, slug, acronym, title, summary, objective, keywords, programme_id, "
				+ "grant_id, status, start_date, end_date, total_cost, total_cost_currency, eu_contribution, "
				+ "eu_contribution_currency, website, call_identifier, topic, funding_scheme, legal_basis, source, "
				+ "source_id, source_hash) values (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?, ?, ?, ?)", created, 500, (ps, p) -> {
					ps.setLong(1, ids.get(p.grantId()));
					ps.setString(2, p.slug());
					ps.setString(3, p.acronym());
					ps.setString(4, json(p.title()));
					ps.setString(5, json(p.summary()));
					ps.setString(6, json(p.objective()));
					setProjectFields(ps, 7, p);
					ps.setString(24, p.hash());
				});
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
		}
		List<ImportedProject> written = new ArrayList<>(created);
		written.addAll(changed);
		List<Object[]> countries = new ArrayList<>();
		List<Object[]> terms = new ArrayList<>();
		List<Object[]> participations = new ArrayList<>();
		for (ImportedProject p : written) {
			long id = ids.get(p.grantId());
			for (int i = 0; i < p.countries().size(); i++) {
				countries.add(new Object[] { id, p.countries().get(i), i });
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
		jdbc.batchUpdate("insert into project_country (project_id, country_code, position) values (?, ?, ?)", countries);
		jdbc.batchUpdate("insert into project_term (project_id, term_id) values (?, ?) on conflict do nothing", terms);
		jdbc.batchUpdate("insert into participation (project_id, organisation_id, role, country_code, contribution, "
				+ "contribution_currency) values (?, ?, ?, ?, ?, ?)", participations,
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR });
		return outcomes;
	}

	/** A grant id twice in one batch: the second is either the same record (unchanged) or a contradiction. */
	private static void throwIfRepeated(ImportedProject project, List<ImportedProject> created,
			List<ImportedProject> changed) {
		for (List<ImportedProject> list : List.of(created, changed)) {
			for (ImportedProject other : list) {
				if (other.grantId().equals(project.grantId()) && !other.hash().equals(project.hash())) {
					throw new IllegalArgumentException("Grant id " + project.grantId()
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
		ps.setString(i++, p.grantId());
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
