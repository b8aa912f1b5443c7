-- Envers history of partners, regions and terms, as pages, documents and news have: what the back
-- office edits (texts, slug or code, kind, order, website, the strategic mark), not their memberships
-- (a partner's regions, a region's countries), which a restore keeps as they are.
create table partner_aud (
    id            bigint      not null,
    rev           bigint      not null references revision (id),
    revtype       smallint,
    slug          varchar(120),
    kind          varchar(20),
    country_code  varchar(2),
    name          jsonb,
    summary       jsonb,
    description   jsonb,
    strategic     boolean,
    website       varchar(500),
    primary key (id, rev)
);

create table region_aud (
    id           bigint      not null,
    rev          bigint      not null references revision (id),
    revtype      smallint,
    code         varchar(120),
    name         jsonb,
    summary      jsonb,
    description  jsonb,
    position     integer,
    primary key (id, rev)
);

create table term_aud (
    id             bigint      not null,
    rev            bigint      not null references revision (id),
    revtype        smallint,
    vocabulary_id  bigint,
    slug           varchar(120),
    name           jsonb,
    description    jsonb,
    position       integer,
    primary key (id, rev)
);

-- What exists already becomes the first revision of each item, so that its first edit can be undone.
do $$
declare
    first_revision bigint;
begin
    if exists (select 1 from partner) or exists (select 1 from region) or exists (select 1 from term) then
        insert into revision (stamp, username)
        values ((extract(epoch from now()) * 1000)::bigint, null)
        returning id into first_revision;
        insert into partner_aud (id, rev, revtype, slug, kind, country_code, name, summary, description, strategic, website)
        select id, first_revision, 0, slug, kind, country_code, name, summary, description, strategic, website from partner;
        insert into region_aud (id, rev, revtype, code, name, summary, description, position)
        select id, first_revision, 0, code, name, summary, description, position from region;
        insert into term_aud (id, rev, revtype, vocabulary_id, slug, name, description, position)
        select id, first_revision, 0, vocabulary_id, slug, name, description, position from term;
    end if;
end
$$;
