-- Ons Plan: the domain schema for the whole mission.
-- Every table with family data carries family_id and the visibility envelope, so one evaluator
-- (shared/src/visibility) can guard it, and every change bumps the family's change number so a
-- device can later ask "what changed for me since N".

create table families (
  id uuid primary key,
  name text not null,
  kind text not null check (kind in ('gezin', 'huishouden')),
  -- Last change number handed out in this family; family_changes holds the log.
  change_seq bigint not null default 0,
  -- Retention (Jeugdwet: at least 20 years after care ends).
  retention_class text not null default 'jeugdwet-20-jaar',
  care_ended_on date,
  created_at timestamptz not null default now()
);

-- Log-in identities. A family member, a helper, a professional and a beheerder all sign in here.
create table users (
  id uuid primary key,
  kind text not null check (kind in ('member', 'helper', 'professional', 'beheerder')),
  display_name text not null,
  organisation text,
  job_title text,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);

create table members (
  id uuid primary key,
  family_id uuid not null references families (id),
  user_id uuid references users (id),
  first_name text not null,
  last_name text not null,
  role text not null check (role in ('ouder', 'jeugdige', 'netwerk', 'volwassene')),
  birth_date date,
  -- BW 1:377c: a professional may withhold even general information from a parent without gezag.
  general_info_blocked boolean not null default false,
  -- A youth of 12-15 whose items the parents may not see, by a professional's judgement.
  parent_access_blocked boolean not null default false,
  created_at timestamptz not null default now(),
  removed_at timestamptz,
  unique (family_id, user_id)
);
create index members_user on members (user_id);

create table member_relations (
  id uuid primary key,
  family_id uuid not null references families (id),
  from_member_id uuid not null references members (id),
  to_member_id uuid not null references members (id),
  kind text not null check (kind in ('ouder-van', 'gezag-over', 'contactverbod')),
  since date,
  until date,
  check (from_member_id <> to_member_id),
  unique (from_member_id, to_member_id, kind)
);
create index member_relations_family on member_relations (family_id);

create table professional_assignments (
  id uuid primary key,
  family_id uuid not null references families (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('regisseur', 'betrokken')),
  since timestamptz not null default now(),
  until timestamptz,
  unique (family_id, user_id)
);

create table delegations (
  id uuid primary key,
  family_id uuid not null references families (id),
  member_id uuid not null references members (id),
  helper_user_id uuid not null references users (id),
  scope text not null check (scope in ('lezen', 'lezen-en-helpen')),
  valid_from timestamptz not null,
  valid_until timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  check (valid_until > valid_from)
);
create index delegations_helper on delegations (helper_user_id);

-- The plan of a family and its versions. A published version never changes; a new one replaces it.
create table plans (
  id uuid primary key,
  family_id uuid not null unique references families (id),
  current_version_id uuid,
  created_at timestamptz not null default now()
);

create table plan_versions (
  id uuid primary key,
  family_id uuid not null references families (id),
  plan_id uuid not null references plans (id),
  number integer not null check (number > 0),
  title text not null,
  summary text not null default '',
  published_at timestamptz,
  published_by uuid references users (id),
  audience text not null default 'gezin' check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default true,
  field_shields jsonb not null default '{}',
  unique (plan_id, number)
);
alter table plans add foreign key (current_version_id) references plan_versions (id);

create table plan_items (
  id uuid primary key,
  family_id uuid not null references families (id),
  version_id uuid not null references plan_versions (id),
  -- Stays the same for "the same" item across versions, so changes between versions can be shown.
  item_key uuid not null,
  section text not null check (section in ('veiligheid', 'hulpverlening', 'herstel')),
  kind text not null check (kind in ('afspraak', 'doel', 'netwerk')),
  position integer not null,
  what text not null,
  who text not null default '',
  when_text text not null default '',
  where_text text,
  what_if text,
  scale smallint check (scale between 0 and 10),
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}',
  unique (version_id, item_key)
);
create index plan_items_version on plan_items (version_id, position);

-- Personal fields such as an address; each has its own audience, so one can be afgeschermd.
create table member_fields (
  id uuid primary key,
  family_id uuid not null references families (id),
  member_id uuid not null references members (id),
  field text not null check (field in ('adres', 'telefoon', 'email')),
  value text not null,
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}',
  updated_at timestamptz not null default now()
);
create index member_fields_family on member_fields (family_id);

create table comments (
  id uuid primary key,
  family_id uuid not null references families (id),
  plan_version_id uuid not null references plan_versions (id),
  item_key uuid,
  reply_to uuid references comments (id),
  author_user_id uuid not null references users (id),
  author_member_id uuid references members (id),
  on_behalf_of_member_id uuid references members (id),
  body text not null check (length(body) between 1 and 4000),
  created_at timestamptz not null default now(),
  -- Client-made id: a retried write is stored once.
  client_id uuid not null unique,
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}'
);
create index comments_family on comments (family_id, plan_version_id);

-- Instemming: a member's agreement with one exact plan version.
create table instemmingen (
  id uuid primary key,
  family_id uuid not null references families (id),
  plan_version_id uuid not null references plan_versions (id),
  member_id uuid not null references members (id),
  decision text not null check (decision in ('eens', 'eens-met-opmerking', 'niet-eens')),
  remark text,
  decided_by_user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  client_id uuid not null unique,
  check (decision = 'eens' or length(coalesce(remark, '')) > 0)
);
create index instemmingen_version on instemmingen (plan_version_id, member_id, created_at);

-- Toestemming: consent to share data with a named recipient for a purpose until a date. Each
-- decision is a new row, so the full history stays.
create table toestemmingen (
  id uuid primary key,
  family_id uuid not null references families (id),
  subject_member_id uuid not null references members (id),
  given_by_member_id uuid not null references members (id),
  recipient_kind text not null check (recipient_kind in ('organisatie', 'professional', 'gezinslid')),
  recipient_name text not null,
  recipient_member_id uuid references members (id),
  purpose text not null,
  valid_until date,
  status text not null check (status in ('gegeven', 'geweigerd', 'ingetrokken')),
  decided_by_user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  client_id uuid not null unique
);
create index toestemmingen_subject on toestemmingen (family_id, subject_member_id, created_at);

create table correctieverzoeken (
  id uuid primary key,
  family_id uuid not null references families (id),
  requester_member_id uuid not null references members (id),
  target_kind text not null check (target_kind in ('plan-item', 'comment', 'member-field', 'member')),
  target_id uuid not null,
  kind text not null check (kind in ('wijzigen', 'aanvullen', 'verwijderen')),
  proposed_text text,
  reason text not null,
  status text not null default 'ontvangen'
    check (status in ('ontvangen', 'in-behandeling', 'extra-tijd', 'toegekend', 'deels-toegekend', 'afgewezen')),
  received_on date not null,
  due_on date not null,
  extended_due_on date,
  extension_reason text,
  decided_at timestamptz,
  decision_reasons text,
  created_at timestamptz not null default now(),
  client_id uuid not null unique,
  audience text not null default 'leden' check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}',
  check (status <> 'afgewezen' or length(coalesce(decision_reasons, '')) > 0)
);

-- Eigen verklaring (Jeugdwet 7.3.8): kept with the disputed item and shown wherever it is shown.
create table eigen_verklaringen (
  id uuid primary key,
  family_id uuid not null references families (id),
  correctieverzoek_id uuid references correctieverzoeken (id),
  member_id uuid not null references members (id),
  target_kind text not null check (target_kind in ('plan-item', 'comment', 'member-field', 'member')),
  target_id uuid not null,
  body text not null check (length(body) between 1 and 4000),
  created_at timestamptz not null default now(),
  client_id uuid not null unique
);

create table documents (
  id uuid primary key,
  family_id uuid not null references families (id),
  uploader_user_id uuid not null references users (id),
  uploader_member_id uuid references members (id),
  -- Generated name on disk; the user's file name is only ever shown, never used as a path.
  storage_key text not null unique,
  display_name text not null,
  content_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  sha256 text not null,
  shared_with_organisation text,
  toestemming_id uuid references toestemmingen (id),
  created_at timestamptz not null default now(),
  client_id uuid not null unique,
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}'
);

-- Sign-in. Codes and session tokens are stored as SHA-256 hashes only.
create table invitations (
  id uuid primary key,
  user_id uuid not null references users (id),
  code_hash text not null unique,
  purpose text not null check (purpose in ('uitnodiging', 'herstel')),
  created_by_user_id uuid references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  claimed_by_session text,
  claimed_at timestamptz,
  used_at timestamptz
);

create table passkeys (
  id text primary key,
  user_id uuid not null references users (id),
  public_key bytea not null,
  counter bigint not null default 0,
  transports text[] not null default '{}',
  device_type text not null,
  backed_up boolean not null,
  name text not null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
create index passkeys_user on passkeys (user_id);

create table sessions (
  token_hash text primary key,
  user_id uuid references users (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text,
  -- A WebAuthn challenge belongs to one session, is used once and expires quickly.
  challenge text,
  challenge_purpose text check (challenge_purpose in ('registratie', 'inloggen')),
  challenge_expires_at timestamptz,
  invitation_id uuid references invitations (id),
  user_agent text
);
create index sessions_user on sessions (user_id);

-- NEN 7513 access log: append-only, each row chained to the one before by a SHA-256 hash.
create table access_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_user_id uuid,
  actor_kind text not null,
  actor_name text not null,
  actor_organisation text,
  on_behalf_of_member_id uuid,
  family_id uuid,
  subject_member_ids uuid[] not null default '{}',
  action text not null check (action in ('lezen', 'aanmaken', 'wijzigen', 'verwijderen', 'printen', 'exporteren', 'zoeken', 'inloggen', 'uitloggen')),
  object_kind text not null,
  object_ids uuid[] not null default '{}',
  client_ip text,
  prev_hash text not null,
  hash text not null unique
);
create index access_log_family on access_log (family_id, at);
create index access_log_subjects on access_log using gin (subject_member_ids);

create function forbid_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;
create trigger access_log_append_only before update or delete on access_log for each row execute function forbid_change();
create trigger access_log_no_truncate before truncate on access_log for each statement execute function forbid_change();
create trigger eigen_verklaringen_kept before delete on eigen_verklaringen for each row execute function forbid_change();

create function forbid_published_version_change() returns trigger language plpgsql as $$
begin
  if old.published_at is not null then
    raise exception 'a published plan version never changes' using errcode = 'insufficient_privilege';
  end if;
  return coalesce(new, old);
end $$;
create function forbid_published_item_change() returns trigger language plpgsql as $$
begin
  if exists (select 1 from plan_versions v where v.id = old.version_id and v.published_at is not null) then
    raise exception 'items of a published plan version never change' using errcode = 'insufficient_privilege';
  end if;
  return coalesce(new, old);
end $$;
create trigger plan_versions_immutable before update or delete on plan_versions for each row execute function forbid_published_version_change();
create trigger plan_items_immutable before update or delete on plan_items for each row execute function forbid_published_item_change();

-- Change log for sync: one row per change to family data, numbered per family.
create table family_changes (
  family_id uuid not null references families (id),
  seq bigint not null,
  object_kind text not null,
  object_id uuid not null,
  op text not null check (op in ('upsert', 'delete')),
  at timestamptz not null default now(),
  primary key (family_id, seq)
);

create function record_family_change() returns trigger language plpgsql as $$
declare
  row_data record;
  next_seq bigint;
begin
  if tg_op = 'DELETE' then row_data := old; else row_data := new; end if;
  update families set change_seq = change_seq + 1 where id = row_data.family_id returning change_seq into next_seq;
  insert into family_changes (family_id, seq, object_kind, object_id, op)
  values (row_data.family_id, next_seq, tg_table_name, row_data.id, case when tg_op = 'DELETE' then 'delete' else 'upsert' end);
  -- Delivered at commit to every API process, so their caches of this family are dropped.
  perform pg_notify('family_changed', row_data.family_id::text);
  return null;
end $$;

do $$
declare t text;
begin
  foreach t in array array['plans', 'members', 'member_relations', 'professional_assignments', 'delegations', 'plan_versions',
    'plan_items', 'member_fields', 'comments', 'instemmingen', 'toestemmingen', 'correctieverzoeken',
    'eigen_verklaringen', 'documents']
  loop
    execute format('create trigger %I after insert or update or delete on %I for each row execute function record_family_change()', t || '_changes', t);
  end loop;
end $$;
