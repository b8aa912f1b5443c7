-- Partners get a longer description (Markdown, per language) beside their one-line summary, and
-- optimistic locking for partners and agreements edited in the back office.
alter table partner add column description jsonb not null default '{}';
alter table partner add column version bigint not null default 0;
alter table agreement add column version bigint not null default 0;
-- The delete check counts a region's organisation partners by region.
create index partner_region_region on partner_region (region_id);
