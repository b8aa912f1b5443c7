-- How many projects each country has, per start date, end date and closed or not: what partner
-- pages and briefings count ("projects in all", "running now", projects per start year), read in a
-- few hundred rows instead of a country's tens of thousands of projects (bench/briefing.sh).
-- Kept by the database itself, so that every writer (JPA, the importers' set-based SQL, COPY, a
-- hand-written fix) keeps it right: statement-level triggers with transition tables, which cost one
-- grouped statement per batch, not one per row. Absent dates are stored as -infinity / infinity.
create table project_country_summary (
    country_code  varchar(2) not null,
    start_key     date       not null,
    end_key       date       not null,
    closed        boolean    not null,
    projects      bigint     not null,
    primary key (country_code, start_key, end_key, closed)
);

create function project_country_summary_apply(delta jsonb) returns void language sql as $$
    insert into project_country_summary as s (country_code, start_key, end_key, closed, projects)
    select d.country_code, d.start_key, d.end_key, d.closed, d.projects
    from jsonb_to_recordset(delta) as d(country_code varchar, start_key date, end_key date, closed boolean, projects bigint)
    on conflict (country_code, start_key, end_key, closed) do update set projects = s.projects + excluded.projects;
    delete from project_country_summary where projects = 0;
$$;

create function project_country_summary_on_country_insert() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select n.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, count(*) as projects
            from added n join project p on p.id = n.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;

create function project_country_summary_on_country_delete() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select o.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, -count(*) as projects
            from removed o join project p on p.id = o.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;

create function project_country_summary_on_country_update() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select x.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, sum(x.sign) as projects
            from (select country_code, project_id, -1 as sign from removed
                  union all select country_code, project_id, 1 from added) x
            join project p on p.id = x.project_id group by 1, 2, 3, 4) g));
    return null;
end $$;

create function project_country_summary_on_project_update() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select pc.country_code, x.start_key, x.end_key, x.closed, sum(x.sign) as projects
            from (select o.id, coalesce(o.start_date, '-infinity') as start_key, coalesce(o.end_date, 'infinity') as end_key,
                         o.status = 'CLOSED' as closed, -1 as sign
                  from removed o join added n on n.id = o.id
                  where (o.start_date, o.end_date, o.status) is distinct from (n.start_date, n.end_date, n.status)
                  union all
                  select n.id, coalesce(n.start_date, '-infinity'), coalesce(n.end_date, 'infinity'), n.status = 'CLOSED', 1
                  from removed o join added n on n.id = o.id
                  where (o.start_date, o.end_date, o.status) is distinct from (n.start_date, n.end_date, n.status)) x
            join project_country pc on pc.project_id = x.id group by 1, 2, 3, 4) g));
    return null;
end $$;

-- A project's countries are removed while the project is still there to be counted out.
create function project_country_summary_before_project_delete() returns trigger language plpgsql as $$
begin
    delete from project_country where project_id = old.id;
    return old;
end $$;

create trigger project_country_summary_insert after insert on project_country
    referencing new table as added for each statement execute function project_country_summary_on_country_insert();
create trigger project_country_summary_delete after delete on project_country
    referencing old table as removed for each statement execute function project_country_summary_on_country_delete();
create trigger project_country_summary_update after update on project_country
    referencing old table as removed new table as added for each statement
    execute function project_country_summary_on_country_update();
create trigger project_country_summary_project_update after update on project
    referencing old table as removed new table as added for each statement
    execute function project_country_summary_on_project_update();
create trigger project_country_summary_project_delete before delete on project
    for each row execute function project_country_summary_before_project_delete();

insert into project_country_summary (country_code, start_key, end_key, closed, projects)
select pc.country_code, coalesce(p.start_date, '-infinity'), coalesce(p.end_date, 'infinity'), p.status = 'CLOSED', count(*)
from project_country pc join project p on p.id = pc.project_id
group by 1, 2, 3, 4;
