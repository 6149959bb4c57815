-- Issue 13, point 2: "Hoe gaat het nu?". A member's own 0-10 score on a doel of the plan, on the
-- doel's own scale (plan_items.scale_low / scale_high). Each score is a guarded object of its own:
-- its envelope names its writer and the readers she chose (the professionals always), and it hangs
-- on its doel by item key, so it holds for every version of the doel. Written through the outbox:
-- client_id makes a replay find the first row.
create table scores (
  id uuid primary key,
  family_id uuid not null references families (id),
  item_key uuid not null,
  plan_version_id uuid not null references plan_versions (id),
  author_user_id uuid not null references users (id),
  value smallint not null check (value between 0 and 10),
  note text check (note is null or length(note) between 1 and 500),
  client_id uuid not null unique,
  created_at timestamptz not null,
  audience text not null check (audience in ('leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid not null references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}'
);
-- A family's scores are read together, newest last; bounded by the family, not by all families.
create index scores_family on scores (family_id, created_at);
create trigger scores_changes after insert or update or delete on scores for each row execute function record_family_change();
