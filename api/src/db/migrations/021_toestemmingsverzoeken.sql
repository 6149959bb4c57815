-- A professional asks for toestemming for a named organisation; each person who decides answers once.
-- Read online only (no sync record): the card is a question to answer now, and the toestemming it
-- makes syncs as every toestemming does.
create table toestemmingsverzoeken (
  id uuid primary key,
  family_id uuid not null references families (id),
  subject_member_id uuid not null references members (id),
  organisation text not null,
  purpose text not null,
  data_kinds text[] not null,
  data_other text,
  valid_until date not null,
  note text,
  asked_by_user_id uuid not null references users (id),
  created_at timestamptz not null,
  withdrawn_at timestamptz,
  withdrawn_by_user_id uuid references users (id),
  client_id uuid not null unique,
  check ((withdrawn_at is null) = (withdrawn_by_user_id is null))
);
create index toestemmingsverzoeken_family on toestemmingsverzoeken (family_id, created_at);

-- One answer per decider: a second answer is refused (409), a yes or no is also a toestemming row.
create table toestemmingsverzoek_antwoorden (
  request_id uuid not null references toestemmingsverzoeken (id),
  decider_member_id uuid not null references members (id),
  answer text not null check (answer in ('ja', 'nee')),
  toestemming_id uuid not null references toestemmingen (id),
  created_at timestamptz not null,
  primary key (request_id, decider_member_id)
);
