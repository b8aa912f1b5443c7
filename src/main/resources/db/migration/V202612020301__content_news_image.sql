-- A news item's image: the stored file (named by the hash of its bytes, under <data>/media), its size
-- in pixels, and its alt text per language (required whenever there is an image).
alter table news_item add column image_file varchar(80) check (image_file ~ '^[0-9a-f]{64}\.(png|jpg|webp)$');
alter table news_item add column image_width integer;
alter table news_item add column image_height integer;
alter table news_item add column image_alt jsonb;
alter table news_item add constraint news_item_image_complete check (
    (image_file is null and image_width is null and image_height is null and (image_alt is null or image_alt = '{}'::jsonb))
    or (image_file is not null and image_width > 0 and image_height > 0 and image_alt is not null and image_alt <> '{}'::jsonb));

alter table news_item_aud add column image_file varchar(80);
alter table news_item_aud add column image_width integer;
alter table news_item_aud add column image_height integer;
alter table news_item_aud add column image_alt jsonb;
