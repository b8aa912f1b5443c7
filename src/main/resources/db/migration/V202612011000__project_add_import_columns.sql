-- What imports (CORDIS, IATI) bring beyond the hand-entered fields, and where a row came from.
alter table project
    add column objective        jsonb        not null default '{}',
    add column keywords         text,
    add column call_identifier  varchar(120),
    add column topic            varchar(120),
    add column funding_scheme   varchar(120),
    add column legal_basis      varchar(120),
    add column source           varchar(20),
    add column source_id        varchar(120),
    add column source_hash      varchar(64),
    add check ((source is null) = (source_id is null));
-- One project per record of a source (a CORDIS grant id); imports also match on the grant id.
create unique index project_source on project (source, source_id);
create index project_grant on project (grant_id);

alter table organisation
    add column source       varchar(20),
    add column source_id    varchar(120),
    add column source_hash  varchar(64),
    add check ((source is null) = (source_id is null));
create unique index organisation_source on organisation (source, source_id);
