-- A sync reads the read marks of a whole family at once ("until when did each person read the
-- comments, the contact threads"), in the one statement that reads its other family parts. Keyed
-- (user_id, family_id), that read walked the whole table; keyed by family first it is an index scan.
-- The upserts name (user_id, family_id): the same columns, so they still find this key.
alter table comment_reads drop constraint comment_reads_pkey, add primary key (family_id, user_id);
alter table contact_reads drop constraint contact_reads_pkey, add primary key (family_id, user_id);
