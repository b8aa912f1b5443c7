-- Publishing pages and official documents at a date and time, as news items are
-- (V202612020300): an item in review with publish_at set is made public by the scheduler once that
-- instant has passed; publish_zone is the time zone the editor chose.
alter table page add column publish_at timestamptz;
alter table page add column publish_zone varchar(64);
alter table page add constraint page_publish_zone check ((publish_at is null) = (publish_zone is null));
create index page_publish_due on page (publish_at) where publish_at is not null;
alter table page_aud add column publish_at timestamptz;
alter table page_aud add column publish_zone varchar(64);

alter table document add column publish_at timestamptz;
alter table document add column publish_zone varchar(64);
alter table document add constraint document_publish_zone check ((publish_at is null) = (publish_zone is null));
create index document_publish_due on document (publish_at) where publish_at is not null;
alter table document_aud add column publish_at timestamptz;
alter table document_aud add column publish_zone varchar(64);
