-- Optimistic locking for policy regions edited in the back office: a save based on an older
-- version is refused, never silently lost.
alter table region add column version bigint not null default 0;
