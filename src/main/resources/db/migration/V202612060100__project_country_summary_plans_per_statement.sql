-- The country summary's trigger functions run their statement by EXECUTE, so that it is planned for
-- the rows of each statement. A PL/pgSQL statement without parameters is planned once per session
-- and its plan kept: planned on the first, small statement (a few rows, a project table of a few
-- rows), it joined by a nested loop over a sequential scan of project, and ran for minutes when the
-- same session then copied a million project countries (bench/search.sh, writing its data). Planning
-- each statement costs well under a millisecond; the transition tables are visible to EXECUTE.
create or replace function project_country_summary_on_country_insert() returns trigger language plpgsql as $$
begin
    execute $sql$
    insert into project_country_summary as s (country_code, start_key, end_key, closed, projects)
    select n.country_code, coalesce(p.start_date, '-infinity'), coalesce(p.end_date, 'infinity'),
           p.status = 'CLOSED', count(*)
    from added n join project p on p.id = n.project_id
    where p.publication_status = 'PUBLISHED'
    group by 1, 2, 3, 4
    on conflict (country_code, start_key, end_key, closed) do update set projects = s.projects + excluded.projects
    $sql$;
    return null;
end $$;

create or replace function project_country_summary_on_country_delete() returns trigger language plpgsql as $$
begin
    execute $sql$
    select project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select o.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed,
                   -count(*) filter (where p.publication_status = 'PUBLISHED') as projects
            from removed o join project p on p.id = o.project_id group by 1, 2, 3, 4) g))
    $sql$;
    return null;
end $$;

create or replace function project_country_summary_on_country_update() returns trigger language plpgsql as $$
begin
    execute $sql$
    select project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select x.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed,
                   coalesce(sum(x.sign) filter (where p.publication_status = 'PUBLISHED'), 0) as projects
            from (select country_code, project_id, -1 as sign from removed
                  union all select country_code, project_id, 1 from added) x
            join project p on p.id = x.project_id group by 1, 2, 3, 4) g))
    $sql$;
    return null;
end $$;

create or replace function project_country_summary_on_project_update() returns trigger language plpgsql as $$
begin
    execute $sql$
    select project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select pc.country_code, x.start_key, x.end_key, x.closed, sum(x.sign) as projects
            from (select o.id, coalesce(o.start_date, '-infinity') as start_key, coalesce(o.end_date, 'infinity') as end_key,
                         o.status = 'CLOSED' as closed, -1 as sign
                  from removed o join added n on n.id = o.id
                  where o.publication_status = 'PUBLISHED'
                    and (o.start_date, o.end_date, o.status, o.publication_status)
                        is distinct from (n.start_date, n.end_date, n.status, n.publication_status)
                  union all
                  select n.id, coalesce(n.start_date, '-infinity'), coalesce(n.end_date, 'infinity'), n.status = 'CLOSED', 1
                  from removed o join added n on n.id = o.id
                  where n.publication_status = 'PUBLISHED'
                    and (o.start_date, o.end_date, o.status, o.publication_status)
                        is distinct from (n.start_date, n.end_date, n.status, n.publication_status)) x
            join project_country pc on pc.project_id = x.id group by 1, 2, 3, 4) g))
    $sql$;
    return null;
end $$;
