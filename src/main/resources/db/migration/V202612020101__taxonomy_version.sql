-- Optimistic locking for vocabularies and terms edited in the back office.
alter table vocabulary add column version bigint not null default 0;
alter table term add column version bigint not null default 0;
create index term_vocabulary_position on term (vocabulary_id, position, id);
