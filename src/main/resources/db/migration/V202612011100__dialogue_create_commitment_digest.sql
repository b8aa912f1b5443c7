-- The daily commitment digest: one row per owner and day, claimed in the transaction that sends it,
-- so that no owner gets the same day's digest twice (a second node or a restart finds the row).
create table commitment_digest (
    owner_email  varchar(320) not null check (owner_email = lower(owner_email)),
    digest_date  date         not null,
    sent_at      timestamptz  not null,
    item_count   integer      not null,
    primary key (owner_email, digest_date)
);
