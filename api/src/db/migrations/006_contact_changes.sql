-- Contactgegevens wijzigen: a member proposes a new address, phone number or e-mail address for
-- themself; a professional of the family accepts or declines it. The proposal carries the
-- visibility envelope (only the member and the professionals), so the engine guards it like any
-- other family data.
create table contact_changes (
  id uuid primary key,
  family_id uuid not null references families (id),
  member_id uuid not null references members (id),
  field text not null check (field in ('adres', 'telefoon', 'email')),
  value text not null check (length(value) between 1 and 300),
  proposed_by_user_id uuid not null references users (id),
  on_behalf_of_member_id uuid references members (id),
  status text not null default 'voorgesteld' check (status in ('voorgesteld', 'geaccepteerd', 'afgewezen', 'vervangen')),
  decided_by_user_id uuid references users (id),
  decided_at timestamptz,
  decision_reason text check (length(decision_reason) between 1 and 1000),
  -- The member_fields row the accepted value was written to.
  field_id uuid references member_fields (id),
  created_at timestamptz not null,
  client_id uuid not null unique,
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}',
  check ((status in ('voorgesteld', 'vervangen')) = (decided_by_user_id is null))
);
create index contact_changes_family on contact_changes (family_id, created_at);

-- Every value a personal field had before it changed, with the envelope it had then: the field's
-- history (AVG art. 16 corrections and Jeugdwet retention both need to know what was there).
create table member_field_history (
  id uuid primary key,
  family_id uuid not null references families (id),
  field_id uuid not null references member_fields (id),
  member_id uuid not null references members (id),
  field text not null check (field in ('adres', 'telefoon', 'email')),
  value text not null,
  valid_from timestamptz not null,
  valid_until timestamptz not null,
  replaced_by_change_id uuid references contact_changes (id),
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}'
);
create index member_field_history_field on member_field_history (field_id, valid_until);

create trigger member_field_history_kept before update or delete on member_field_history for each row execute function forbid_change();
create trigger contact_changes_changes after insert or update or delete on contact_changes for each row execute function record_family_change();
create trigger member_field_history_changes after insert or update or delete on member_field_history for each row execute function record_family_change();
