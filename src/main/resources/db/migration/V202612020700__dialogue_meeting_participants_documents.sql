-- Who took part in a meeting (personal data: shown to signed-in staff only, never indexed or
-- published) and the documents attached to it.
create table meeting_participant (
    meeting_id    bigint       not null references meeting (id) on delete cascade,
    position      integer      not null check (position >= 0),
    name          varchar(200) not null check (length(trim(name)) > 0),
    job_function  varchar(200),
    organisation  varchar(200),
    primary key (meeting_id, position)
);

create table meeting_document (
    meeting_id   bigint not null references meeting (id) on delete cascade,
    document_id  bigint not null references document (id),
    primary key (meeting_id, document_id)
);
create index meeting_document_document on meeting_document (document_id);
