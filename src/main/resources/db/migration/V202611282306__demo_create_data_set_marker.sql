-- Which data sets were loaded into this database, so that a restart never loads one twice.
create table data_set_load (
    name       varchar(60) primary key,
    loaded_at  timestamptz not null default now()
);
