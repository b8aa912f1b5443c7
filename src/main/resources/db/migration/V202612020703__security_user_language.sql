-- The language a user reads Liaison's mail and personal calendar in (ISO 639-1); none means English.
alter table user_account add column preferred_language varchar(12);
