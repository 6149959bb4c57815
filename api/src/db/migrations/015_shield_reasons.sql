-- Why a professional hid an item or a field from a member (issue 10): chosen on purpose, kept per
-- hidden member and field with who decided, since a member may later ask why (Jeugdwet 7.3.11).
create table plan_shield_reasons (
  id uuid primary key,
  family_id uuid not null references families (id),
  version_id uuid not null references plan_versions (id),
  item_key uuid not null,
  member_id uuid not null references members (id),
  -- Null: the whole item.
  field text check (field in ('what', 'who', 'when', 'where', 'whatIf', 'scale')),
  reason text not null check (reason in ('veiligheid', 'privacy-ander', 'vertrouwelijk-jeugdige', 'verzoek-gezinslid', 'anders')),
  reason_text text,
  decided_by uuid not null references users (id),
  decided_at timestamptz not null,
  check (reason <> 'anders' or length(trim(coalesce(reason_text, ''))) > 0)
);
create index plan_shield_reasons_item on plan_shield_reasons (family_id, item_key);
