-- Optimistic locking: a save based on an older version is refused, never silently lost.
alter table news_item add column version bigint not null default 0;

-- Envers history of news items (partners and topics are not versioned).
create table news_item_aud (
    id            bigint      not null,
    rev           bigint      not null references revision (id),
    revtype       smallint,
    slug          varchar(120),
    title         jsonb,
    teaser        jsonb,
    body          jsonb,
    published_on  date,
    status        varchar(20),
    primary key (id, rev)
);
