-- Timelines and briefings read a partner's latest project ends first, as they read starts.
create index project_end on project (end_date desc, id);
