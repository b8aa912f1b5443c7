-- The public profiles of partners and projects go draft → in review → published → archived, as
-- news, pages and documents do, and can be scheduled. What exists is public already and stays so;
-- imports (COPY and set-based SQL) and the API create public profiles through the column default;
-- the back office starts a new one as a draft.
alter table partner add column publication_status varchar(16) not null default 'PUBLISHED';
alter table partner add column publish_at timestamptz;
alter table partner add column publish_zone varchar(64);
alter table partner add constraint partner_publication_status
    check (publication_status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table partner add constraint partner_publish_zone check ((publish_at is null) = (publish_zone is null));
alter table partner_aud add column publication_status varchar(16);
alter table partner_aud add column publish_at timestamptz;
alter table partner_aud add column publish_zone varchar(64);
update partner_aud set publication_status = 'PUBLISHED';

alter table project add column publication_status varchar(16) not null default 'PUBLISHED';
alter table project add column publish_at timestamptz;
alter table project add column publish_zone varchar(64);
alter table project add constraint project_publication_status
    check (publication_status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table project add constraint project_publish_zone check ((publish_at is null) = (publish_zone is null));
alter table project_aud add column publication_status varchar(16);
alter table project_aud add column publish_at timestamptz;
alter table project_aud add column publish_zone varchar(64);
update project_aud set publication_status = 'PUBLISHED';
-- Few profiles are ever unpublished at once: a partial index finds them (the back office's filter,
-- the scheduler) without weighing on the million that are public.
create index project_unpublished on project (publication_status, id) where publication_status <> 'PUBLISHED';
create index project_publish_due on project (publish_at) where publish_at is not null;

-- Only public projects count on partner pages and briefings: the summary kept by the triggers of
-- V202612020704 now counts a project while it is published, and counts it in or out when it moves.
create or replace function project_country_summary_on_country_insert() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select n.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, count(*) as projects
            from added n join project p on p.id = n.project_id
            where p.publication_status = 'PUBLISHED' group by 1, 2, 3, 4) g));
    return null;
end $$;

create or replace function project_country_summary_on_country_delete() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select o.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, -count(*) as projects
            from removed o join project p on p.id = o.project_id
            where p.publication_status = 'PUBLISHED' group by 1, 2, 3, 4) g));
    return null;
end $$;

create or replace function project_country_summary_on_country_update() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
        select coalesce(jsonb_agg(to_jsonb(g)), '[]') from (
            select x.country_code, coalesce(p.start_date, '-infinity') as start_key,
                   coalesce(p.end_date, 'infinity') as end_key, p.status = 'CLOSED' as closed, sum(x.sign) as projects
            from (select country_code, project_id, -1 as sign from removed
                  union all select country_code, project_id, 1 from added) x
            join project p on p.id = x.project_id
            where p.publication_status = 'PUBLISHED' group by 1, 2, 3, 4) g));
    return null;
end $$;

create or replace function project_country_summary_on_project_update() returns trigger language plpgsql as $$
begin
    perform project_country_summary_apply((
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
            join project_country pc on pc.project_id = x.id group by 1, 2, 3, 4) g));
    return null;
end $$;
