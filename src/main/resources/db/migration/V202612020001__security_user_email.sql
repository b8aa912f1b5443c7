-- Back-office users get a display name and an e-mail address: the e-mail links a user to the
-- commitments they own ("mine") and to the mail they receive.
alter table user_account add column display_name varchar(200);
alter table user_account add column email varchar(254);
create unique index user_account_email on user_account (lower(email)) where email is not null;
