-- A document its uploader removed. The row and the file are gone for good; only this note stays,
-- with no name, content, hash or audience: which id, in which family, removed by whom and when.
-- It lets the remover's own request sent again (a phone that lost the first answer) be answered
-- "done" instead of "not found", and keeps an upload retried with the same client id from bringing
-- the file back. The access log holds the NEN 7513 entry of the removal itself.
create table document_removals (
  document_id uuid primary key,
  family_id uuid not null references families (id),
  client_id uuid not null unique,
  removed_by_user_id uuid not null references users (id),
  removed_at timestamptz not null
);

-- A member's share of the family's storage is summed per uploader member.
create index documents_uploader_member on documents (family_id, uploader_member_id);
