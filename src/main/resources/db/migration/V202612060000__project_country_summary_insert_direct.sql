-- New project countries (every import batch's COPY) add to the summary in one statement: the delta
-- went through jsonb (aggregated, then read back by project_country_summary_apply), which cost as
-- much as the upsert itself (bench/import.sh: the summary's trigger was two thirds of the time of
-- inserting project_country). An insert only adds, so no key can fall to zero: only published
-- projects' groups are written, and nothing is deleted. Removals and updates, which can lower a key
-- to zero, still go through project_country_summary_apply.
create or replace function project_country_summary_on_country_insert() returns trigger language plpgsql as $$
begin
    insert into project_country_summary as s (country_code, start_key, end_key, closed, projects)
    select n.country_code, coalesce(p.start_date, '-infinity'), coalesce(p.end_date, 'infinity'),
           p.status = 'CLOSED', count(*)
    from added n join project p on p.id = n.project_id
    where p.publication_status = 'PUBLISHED'
    group by 1, 2, 3, 4
    on conflict (country_code, start_key, end_key, closed) do update set projects = s.projects + excluded.projects;
    return null;
end $$;
