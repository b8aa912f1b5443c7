package org.liaison.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's key figures come from project_country_summary, which the database keeps by triggers:
 * they must match a count over the projects themselves after inserts, updates and deletes by SQL.
 */
@LiaisonIntegrationTest
// Writes projects by SQL: a context that other tests already change.
@TestPropertySource(properties = "liaison.test.context=calendar")
class ProjectFiguresIntegrationTests {

	@Autowired
	ProjectFigureService figures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void summaryFollowsInsertsUpdatesAndDeletesAndMatchesTheProjects() {
		LocalDate today = LocalDate.now();
		ProjectFigures.Scope kenya = new ProjectFigures.Scope(Set.of("KE"), today);
		ProjectFigures before = figures.figures(kenya);
		assertMatchesProjects("KE", today);

		jdbc.update("""
				insert into project (id, slug, acronym, title, status, start_date, end_date)
				values (990001, 'summary-one', 'SUMONE', '{"en":"One"}', 'ONGOING', ?, null),
				       (990002, 'summary-two', 'SUMTWO', '{"en":"Two"}', 'ONGOING', null, null)""", today.minusYears(1));
		jdbc.update("insert into project_country (project_id, country_code, position) values (990001, 'KE', 0), "
				+ "(990001, 'UG', 1), (990002, 'KE', 0)");
		ProjectFigures added = figures.figures(kenya);
		assertThat(added.projects()).isEqualTo(before.projects() + 2);
		assertThat(added.active()).isEqualTo(before.active() + 2);
		assertMatchesProjects("KE", today);
		assertMatchesProjects("UG", today);

		jdbc.update("update project set end_date = ?, status = 'CLOSED' where id = 990001", today.minusDays(1));
		assertThat(figures.figures(kenya).active()).isEqualTo(before.active() + 1);
		assertMatchesProjects("KE", today);
		jdbc.update("update project_country set country_code = 'TZ' where project_id = 990002");
		assertMatchesProjects("KE", today);
		assertMatchesProjects("TZ", today);

		jdbc.update("delete from project where id in (990001, 990002)");
		assertThat(figures.figures(kenya)).isEqualTo(before);
		for (String code : jdbc.queryForList("select distinct country_code from project_country", String.class)) {
			assertMatchesProjects(code, today);
		}
		// the rows the deletes and updates brought to zero are gone, in every country
		assertThat(jdbc.queryForObject("select count(*) from project_country_summary where projects <= 0", Integer.class))
			.isZero();
	}

	@Test
	void severalCountriesCountAProjectOnce() {
		LocalDate today = LocalDate.now();
		List<String> codes = List.of("KE", "UG", "TZ");
		long distinct = jdbc.queryForObject(
				"select count(distinct project_id) from project_country where country_code in ('KE', 'UG', 'TZ')", Long.class);
		assertThat(figures.figures(new ProjectFigures.Scope(codes, today)).projects()).isEqualTo(distinct);
	}

	private void assertMatchesProjects(String code, LocalDate today) {
		ProjectFigures figured = figures.figures(new ProjectFigures.Scope(Set.of(code), today));
		long projects = jdbc.queryForObject("select count(*) from project_country where country_code = ?", Long.class, code);
		long active = jdbc.queryForObject("""
				select count(*) from project_country pc join project p on p.id = pc.project_id
				where pc.country_code = ? and (p.start_date is null or p.start_date <= ?)
				  and (p.end_date is null or p.end_date >= ?) and p.status <> 'CLOSED'""", Long.class, code, today, today);
		List<ProjectFigures.YearCount> years = jdbc.query("""
				select extract(year from p.start_date)::int, count(*) from project_country pc join project p on p.id = pc.project_id
				where pc.country_code = ? and p.start_date is not null group by 1 order by 1""",
				(rs, n) -> new ProjectFigures.YearCount(rs.getInt(1), rs.getLong(2)), code);
		assertThat(figured.projects()).as(code + " projects").isEqualTo(projects);
		assertThat(figured.active()).as(code + " active").isEqualTo(active);
		assertThat(figured.byStartYear()).as(code + " by year").isEqualTo(years);
	}

}
