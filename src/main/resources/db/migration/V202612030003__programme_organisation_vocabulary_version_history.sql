-- Envers history of programmes, organisations and vocabularies, as partners, regions and terms have
-- (V202612030002). An import's writes by SQL (COPY) are not revisions; the back office's are.
create table programme_aud (
    id           bigint      not null,
    rev          bigint      not null references revision (id),
    revtype      smallint,
    slug         varchar(120),
    name         jsonb,
    description  jsonb,
    start_year   integer,
    end_year     integer,
    primary key (id, rev)
);

create table organisation_aud (
    id            bigint      not null,
    rev           bigint      not null references revision (id),
    revtype       smallint,
    name          varchar(500),
    short_name    varchar(200),
    country_code  varchar(2),
    kind          varchar(80),
    website       varchar(500),
    source        varchar(20),
    source_id     varchar(200),
    primary key (id, rev)
);

-- What exists already becomes the first revision of each programme (there are tens); organisations,
-- which imports write by the hundred thousand, begin their history at their first edit.
do $$
declare
    first_revision bigint;
begin
    if exists (select 1 from programme) then
        insert into revision (stamp, username)
        values ((extract(epoch from now()) * 1000)::bigint, null)
        returning id into first_revision;
        insert into programme_aud (id, rev, revtype, slug, name, description, start_year, end_year)
        select id, first_revision, 0, slug, name, description, start_year, end_year from programme;
    end if;
end
$$;

-- and vocabularies, whose terms have theirs since V202612030002
create table vocabulary_aud (
    id        bigint      not null,
    rev       bigint      not null references revision (id),
    revtype   smallint,
    code      varchar(60),
    name      jsonb,
    position  integer,
    primary key (id, rev)
);

do $$
declare
    first_revision bigint;
begin
    if exists (select 1 from vocabulary) then
        insert into revision (stamp, username)
        values ((extract(epoch from now()) * 1000)::bigint, null)
        returning id into first_revision;
        insert into vocabulary_aud (id, rev, revtype, code, name, position)
        select id, first_revision, 0, code, name, position from vocabulary;
    end if;
end
$$;
