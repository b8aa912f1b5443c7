-- The summary's triggers of V202612040000 filtered the joined projects with a WHERE on their
-- publication status. Right after a bulk COPY, before ANALYZE, the planner then took that filter for
-- very selective and joined a batch of two million country rows with a nested loop over the projects
-- (minutes instead of seconds). The status is now a FILTER of the count: the join is planned as it was
-- before, and a group of unpublished projects adds zero, which the apply function removes.
create or replace function project_country_summary_on_country_insert() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select n.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed,
                   count(*) filter (where p.publication_status = 'PUBLISHED') as projects
            from added n join project p on p.id = n.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;

create or replace function project_country_summary_on_country_delete() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select o.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed,
                   -count(*) filter (where p.publication_status = 'PUBLISHED') as projects
            from removed o join project p on p.id = o.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;

create or replace function project_country_summary_on_country_update() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select x.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed,
                   coalesce(sum(x.sign) filter (where p.publication_status = 'PUBLISHED'), 0) as projects
            from (select country_code, project_id, -1 as sign from removed
                  union all select country_code, project_id, 1 from added) x
            join project p on p.id = x.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;
