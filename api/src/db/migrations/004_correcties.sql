-- Correctieverzoeken (REQUIREMENTS A1–A4): who asked, the professional's steps, and the history of
-- what a granted request changed.

alter table correctieverzoeken
  -- The user who sent it: the member, or a helper acting for them.
  add column created_by_user_id uuid references users (id),
  add column started_at timestamptz,
  add column extended_at timestamptz,
  add column extended_by_user_id uuid references users (id),
  add column decided_by_user_id uuid references users (id),
  -- What a (partly) granted request changed, as the professional decided it.
  add column decision_change jsonb,
  -- Jeugdwet 7.3.9: removal may only be refused for another person's substantial interest or a law.
  add column removal_ground text check (removal_ground in ('belang-ander', 'wettelijke-plicht')),
  -- One extension, always with its reason, and always later than the first due date (A1).
  add constraint correctieverzoeken_extension check ((extended_due_on is null) = (extension_reason is null) and (extended_due_on is null or extended_due_on > due_on)),
  add constraint correctieverzoeken_due check (due_on > received_on),
  -- A partial grant refuses a part, so it needs reasons just like a refusal (A2).
  add constraint correctieverzoeken_deels_reasons check (status <> 'deels-toegekend' or length(coalesce(decision_reasons, '')) > 0),
  add constraint correctieverzoeken_removal_ground check (kind <> 'verwijderen' or status not in ('afgewezen', 'deels-toegekend') or removal_ground is not null);
create index correctieverzoeken_family on correctieverzoeken (family_id, status, requester_member_id);

alter table eigen_verklaringen add column created_by_user_id uuid references users (id);
create index eigen_verklaringen_family on eigen_verklaringen (family_id, target_kind, target_id);

-- History of changes made by granted requests to data that has no versions of its own (a personal
-- field, a comment, a member record); a plan item keeps its history in the old plan version, and a
-- row here names the version made. When data is destroyed on request, its old values here go too.
create table correctie_wijzigingen (
  id uuid primary key,
  family_id uuid not null references families (id),
  correctieverzoek_id uuid not null references correctieverzoeken (id),
  target_kind text not null check (target_kind in ('plan-item', 'comment', 'member-field', 'member')),
  target_id uuid not null,
  field text not null,
  old_value text,
  new_value text,
  destroyed boolean not null default false,
  changed_by_user_id uuid not null references users (id),
  changed_at timestamptz not null
);
create index correctie_wijzigingen_target on correctie_wijzigingen (family_id, target_kind, target_id);

-- A published plan version never changes, with one exception the law demands: a granted removal
-- request destroys the item's text in every version (Jeugdwet 7.3.9). The data layer names the one
-- item key for its transaction; only blanking the content of that item is let through.
create or replace function forbid_published_item_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and current_setting('onsplan.vernietig_item', true) = old.item_key::text
     and new.what = '' and new.who = '' and new.when_text = '' and new.where_text is null and new.what_if is null and new.scale is null
     and new.id = old.id and new.version_id = old.version_id and new.item_key = old.item_key and new.family_id = old.family_id then
    return new;
  end if;
  if exists (select 1 from plan_versions v where v.id = old.version_id and v.published_at is not null) then
    raise exception 'items of a published plan version never change' using errcode = 'insufficient_privilege';
  end if;
  return coalesce(new, old);
end $$;
