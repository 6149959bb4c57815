-- "Wat zien je ouders van jou?" (issue 11): a youth's own choice, from 16, to open or close what is
-- hers for one parent: one item (by its key, so the choice holds for every version of it), one
-- section of the plan ('contact' for her contact details) or one contact detail. The latest choice
-- per target replaces the one before; the access log keeps every change.
create table youth_choices (
  id uuid primary key,
  family_id uuid not null references families (id),
  owner_member_id uuid not null references members (id),
  viewer_member_id uuid not null references members (id),
  target_kind text not null check (target_kind in ('item', 'section', 'field')),
  target_key text not null,
  open boolean not null,
  chosen_at timestamptz not null,
  unique (owner_member_id, viewer_member_id, target_kind, target_key)
);
create index youth_choices_family on youth_choices (family_id);
-- A choice changes what a parent reads: every API process drops its snapshot, and sync sees it.
create trigger youth_choices_changes after insert or update or delete on youth_choices for each row execute function record_family_change();
