-- Publishing at a date and time: an item in review with publish_at set is made public by the
-- scheduler once that instant has passed. publish_zone is the time zone the editor chose, so the
-- back office shows the time as it was entered.
alter table news_item add column publish_at timestamptz;
alter table news_item add column publish_zone varchar(64);
alter table news_item add constraint news_item_publish_zone check ((publish_at is null) = (publish_zone is null));
create index news_item_publish_due on news_item (publish_at) where publish_at is not null;

alter table news_item_aud add column publish_at timestamptz;
alter table news_item_aud add column publish_zone varchar(64);
