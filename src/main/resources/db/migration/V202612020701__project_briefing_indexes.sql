-- Briefings and partner pages at a million projects (bench/briefing.sh):
-- a project's dates and status read from an index, not the table, when counting a country's projects;
create index project_figures on project (id) include (start_date, end_date, status);
-- the latest projects read in index order ("start_date desc nulls last", as the query sorts them);
create index project_start_nulls_last on project (start_date desc nulls last, id);
-- participations counted per country.
create index participation_country on participation (country_code, organisation_id);
