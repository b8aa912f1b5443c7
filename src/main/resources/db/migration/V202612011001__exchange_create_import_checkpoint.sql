-- Where an import stands: the records of an input committed so far, so that a killed import
-- resumes after its last committed batch. A finished import deletes its row.
create table import_checkpoint (
    input_key   varchar(64)  primary key,
    input       varchar(1000) not null,
    position    bigint       not null check (position >= 0),
    read        bigint       not null default 0,
    created     bigint       not null default 0,
    updated     bigint       not null default 0,
    unchanged   bigint       not null default 0,
    rejected    bigint       not null default 0,
    updated_at  timestamptz  not null default now()
);

-- The participants of a CORDIS CSV extraction (organization.csv), staged while its projects are
-- read, so that project.csv and organization.csv join in bounded memory whatever their order.
-- Scratch data, reloaded by each CSV import: not logged.
create unlogged table import_cordis_participant (
    project_id       varchar(40)   not null,
    seq              bigint        not null,
    role             varchar(40),
    organisation_id  varchar(120),
    name             text,
    short_name       text,
    activity_type    varchar(40),
    country          varchar(10),
    ec_contribution  varchar(40),
    url              text
);
create index import_cordis_participant_project on import_cordis_participant (project_id, seq);
