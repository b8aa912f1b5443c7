-- Back-office editing of programmes, projects, organisations, pages and documents.

-- Optimistic locking: a save based on an older version is refused, never silently lost.
alter table programme add column version bigint not null default 0;
alter table project add column version bigint not null default 0;
alter table organisation add column version bigint not null default 0;
alter table page add column version bigint not null default 0;
alter table document add column version bigint not null default 0;

-- The back office's project list at a million rows: each sort order is an index read from the start
-- or from the last row of the previous page (keyset paging), never an offset.
create index project_admin_start on project ((coalesce(start_date, date '0001-01-01')) desc, id desc);
create index project_admin_acronym on project (lower(acronym), id);
create index project_admin_status on project (status, (coalesce(start_date, date '0001-01-01')) desc, id desc);
create index project_admin_programme on project (programme_id, (coalesce(start_date, date '0001-01-01')) desc, id desc);

-- "Acronym or title contains": trigrams of the acronym and every language of the title, in one index.
-- pg_trgm lives in one schema per database (public, when this creates it); the index names its
-- operator class in that schema, so that Liaison in a schema of its own (currentSchema) finds it too.
do $$
declare
    trgm_schema text;
begin
    if not exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create extension pg_trgm schema public;
    end if;
    select n.nspname into trgm_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'pg_trgm';
    execute format('create index project_admin_text on project using gin '
        || '((lower(acronym || '' '' || title::text)) %I.gin_trgm_ops)', trgm_schema);
end
$$;

-- Organisations by name, and the projects an organisation takes part in (refusing its delete).
create index organisation_admin_name on organisation (lower(name), id);

-- Envers history of pages and documents, as news has.
create table page_aud (
    id       bigint      not null,
    rev      bigint      not null references revision (id),
    revtype  smallint,
    slug     varchar(120),
    title    jsonb,
    summary  jsonb,
    body     jsonb,
    status   varchar(20),
    primary key (id, rev)
);

create table document_aud (
    id         bigint      not null,
    rev        bigint      not null references revision (id),
    revtype    smallint,
    slug       varchar(120),
    kind       varchar(40),
    title      jsonb,
    summary    jsonb,
    quote      jsonb,
    issued_on  date,
    issuer     varchar(200),
    url        varchar(500),
    status     varchar(20),
    primary key (id, rev)
);

-- What points at an item someone wants to delete: related-content links and commitments.
create index related_link_target on related_link (target_type, target_key);
create index commitment_link_target on commitment_link (target_type, target_key);
