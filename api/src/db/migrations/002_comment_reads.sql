-- Until when a user has read the comments of a family, so the portal can show new replies.
create table comment_reads (
  user_id uuid not null references users (id),
  family_id uuid not null references families (id),
  seen_until timestamptz not null,
  primary key (user_id, family_id)
);
