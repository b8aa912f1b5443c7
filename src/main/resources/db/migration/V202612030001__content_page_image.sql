-- A page's image, as a news item's (V202612020301): the stored file (named by the hash of its bytes,
-- under <data>/media), its size in pixels, and its alt text per language (required whenever there is
-- an image).
alter table page add column image_file varchar(80) check (image_file ~ '^[0-9a-f]{64}\.(png|jpg|webp)$');
alter table page add column image_width integer;
alter table page add column image_height integer;
alter table page add column image_alt jsonb;
alter table page add constraint page_image_complete check (
    (image_file is null and image_width is null and image_height is null and (image_alt is null or image_alt = '{}'::jsonb))
    or (image_file is not null and image_width > 0 and image_height > 0 and image_alt is not null and image_alt <> '{}'::jsonb));

alter table page_aud add column image_file varchar(80);
alter table page_aud add column image_width integer;
alter table page_aud add column image_height integer;
alter table page_aud add column image_alt jsonb;
