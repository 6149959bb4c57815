-- The professional's draft of the next plan version (issue 10, plan editor).
--
-- One draft per family, saved as she types. It lives apart from plan_versions on purpose: no sync
-- trigger, no snapshot, no member route reads this table, so a draft cannot reach a member by a
-- route that forgot to filter on published_at. `revision` makes a stale tab or a second editor
-- answer 409 instead of overwriting silently.
create table plan_drafts (
  id uuid primary key,
  family_id uuid not null unique references families (id),
  base_version_id uuid not null references plan_versions (id),
  revision integer not null check (revision > 0),
  title text not null,
  summary text not null default '',
  items jsonb not null,
  saved_at timestamptz not null,
  saved_by uuid not null references users (id)
);

-- A goal's scale says what 0 and 10 mean ("0: ik voel me niet veilig, 10: ik voel me helemaal veilig").
alter table plan_items add column scale_low text, add column scale_high text;

-- A granted removal request blanks the scale's meaning too (see migration 004).
create or replace function forbid_published_item_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('onsplan.vernietig_item', true) = old.item_key::text
     and new.what = '' and new.who = '' and new.when_text = '' and new.where_text is null and new.what_if is null and new.scale is null
     and new.scale_low is null and new.scale_high is null
     and new.id = old.id and new.version_id = old.version_id and new.item_key = old.item_key and new.family_id = old.family_id then
    return new;
  end if;
  if exists (select 1 from plan_versions v where v.id = old.version_id and v.published_at is not null) then
    raise exception 'items of a published plan version never change' using errcode = 'insufficient_privilege';
  end if;
  return coalesce(new, old);
end $$;
