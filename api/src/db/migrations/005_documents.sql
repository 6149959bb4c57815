-- Documents are listed per family, newest first.
create index documents_family on documents (family_id, created_at desc);
