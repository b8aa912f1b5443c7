-- The summary's apply function removed rows that fell to zero with a scan of the whole summary
-- table after every statement: with a million projects the table holds hundreds of thousands of
-- (country, start, end) rows, and each import batch scanned them all (bench/import.sh: a third of the
-- import's time went to COPY into project_country). Only the keys this delta lowered (or left at zero)
-- can have reached zero; they are looked up by the primary key.
create or replace function project_country_summary_apply(delta jsonb) returns void language sql as $$
    insert into project_country_summary as s (country_code, start_key, end_key, closed, projects)
    select d.country_code, d.start_key, d.end_key, d.closed, d.projects
    from jsonb_to_recordset(delta) as d(country_code varchar, start_key date, end_key date, closed boolean, projects bigint)
    on conflict (country_code, start_key, end_key, closed) do update set projects = s.projects + excluded.projects;
    delete from project_country_summary s
    using jsonb_to_recordset(delta) as d(country_code varchar, start_key date, end_key date, closed boolean, projects bigint)
    where d.projects <= 0 and s.country_code = d.country_code and s.start_key = d.start_key
      and s.end_key = d.end_key and s.closed = d.closed and s.projects = 0;
$$;
