-- The agenda (issue 13, point 1): a professional plans an appointment with named members and
-- professionals. Who takes part decides who sees it: the envelope is built on each read from the
-- participants and today's contactverboden (shared/src/visibility/appointment.ts), so a new
-- contactverbod applies at once. Cancelling keeps the row (the change log then tells devices to drop it).
create table afspraken (
  id uuid primary key,
  family_id uuid not null references families (id),
  title text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  place_kind text not null check (place_kind in ('adres', 'video', 'telefoon')),
  place_value text not null,
  note text,
  member_ids uuid[] not null,
  professional_user_ids uuid[] not null,
  place_hidden_from uuid[] not null default '{}',
  planned_by_user_id uuid not null references users (id),
  sequence integer not null default 0,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  cancelled_at timestamptz,
  client_id uuid not null unique,
  check (ends_at > starts_at),
  check (cardinality(member_ids) > 0)
);
create index afspraken_family on afspraken (family_id, starts_at);
create trigger afspraken_changes after insert or update or delete on afspraken for each row execute function record_family_change();

-- "Ik kan niet, kan het op een ander moment?": a member's request to move one appointment, and the
-- professional's answer (a new time or no, with a short message).
create table afspraak_verplaatsverzoeken (
  id uuid primary key,
  family_id uuid not null references families (id),
  afspraak_id uuid not null references afspraken (id),
  member_id uuid not null references members (id),
  asked_by_user_id uuid not null references users (id),
  reason text not null,
  created_at timestamptz not null,
  client_id uuid not null unique,
  answer_kind text check (answer_kind in ('nieuw-moment', 'nee')),
  answer_message text,
  answer_starts_at timestamptz,
  answer_ends_at timestamptz,
  answered_by_user_id uuid references users (id),
  answered_at timestamptz,
  check ((answer_kind is null) = (answered_at is null))
);
create index afspraak_verplaatsverzoeken_afspraak on afspraak_verplaatsverzoeken (afspraak_id, created_at);
create trigger afspraak_verplaatsverzoeken_changes after insert or update or delete on afspraak_verplaatsverzoeken for each row execute function record_family_change();
