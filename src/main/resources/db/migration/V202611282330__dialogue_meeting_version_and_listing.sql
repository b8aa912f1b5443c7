-- A meeting's revision (iCalendar SEQUENCE, optimistic locking) and whether a planned meeting is
-- announced to the public; held meetings always are.
alter table meeting add column version integer not null default 0;
alter table meeting add column publicly_listed boolean not null default false;
