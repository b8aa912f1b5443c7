-- Two of the project table's indexes no longer earn their cost on every insert (bench/import.sh):
-- project_programme (programme_id) is the leading column of project_admin_programme, which serves the
-- same lookups; project_figures (id) include (start_date, end_date, status) was for counting a
-- country's projects from the index alone, but since V202612040000 those counts also read
-- publication_status, which it does not hold, so the table is read anyway (through the primary key).
drop index project_programme;
drop index project_figures;
