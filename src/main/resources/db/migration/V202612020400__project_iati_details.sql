-- What IATI activities bring beyond CORDIS's fields (ADR 22): the four activity dates, the shares
-- of recipient countries and regions, budgets, and IATI's organisation roles.
alter table project
    add column planned_start_date  date,
    add column actual_start_date   date,
    add column planned_end_date    date,
    add column actual_end_date     date;

-- The share of the project that goes to each recipient country, in per cent.
alter table project_country
    add column percentage numeric check (percentage between 0 and 100);

-- Recipient regions by the source's vocabulary (IATI RegionVocabulary: 1 = OECD DAC, 2 = UN M49…).
create table project_region (
    project_id  bigint      not null references project (id) on delete cascade,
    position    integer     not null,
    vocabulary  varchar(20) not null,
    code        varchar(40) not null,
    percentage  numeric     check (percentage between 0 and 100),
    primary key (project_id, position)
);

-- Budgets per period (IATI budget: type 1 original, 2 revised; status 1 indicative, 2 committed).
create table project_budget (
    project_id    bigint        not null references project (id) on delete cascade,
    position      integer       not null,
    type          varchar(20),
    status        varchar(20),
    period_start  date          not null,
    period_end    date          not null,
    amount        numeric(20,2) not null,
    currency      varchar(3),
    value_date    date,
    primary key (project_id, position)
);

alter table participation drop constraint participation_role_check;
alter table participation add constraint participation_role_check check (role in ('COORDINATOR', 'PARTICIPANT',
    'ASSOCIATED_PARTNER', 'THIRD_PARTY', 'FUNDER', 'ACCOUNTABLE', 'EXTENDING', 'IMPLEMENTER'));
