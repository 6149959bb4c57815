-- Contact with the professionals (issue 13, point 3): a member asks for help, asks to be called back
-- or sends a message; professionals answer. One thread per question: the first message
-- (thread_id null) says what kind it is, the answers point to it. Each message is a guarded object
-- of its own with its own envelope (shared/src/visibility/contact-messages.ts), like a comment.
create table contact_messages (
  id uuid primary key,
  -- The order things were written in, also within one instant (a fixed clock, a fast answer).
  seq bigint generated always as identity,
  family_id uuid not null references families (id),
  thread_id uuid references contact_messages (id),
  kind text check (kind in ('hulp', 'terugbellen', 'bericht')),
  topic text check (topic in ('opvoeding', 'geld', 'huis', 'veiligheid', 'iets-anders')),
  call_moment text check (call_moment in ('ochtend', 'middag', 'avond', 'maakt-niet-uit')),
  body text check (length(body) between 1 and 2000),
  author_user_id uuid not null references users (id),
  on_behalf_of_member_id uuid references members (id),
  created_at timestamptz not null,
  -- Client-made id: a write sent again from the outbox is stored once.
  client_id uuid not null unique,
  -- A professional marked the thread done (a call made, help arranged); on the first message only.
  done_at timestamptz,
  done_by_user_id uuid references users (id),
  audience text not null check (audience in ('gezin', 'volwassenen', 'leden', 'professionals', 'organisatie')),
  audience_members uuid[] not null default '{}',
  subjects uuid[] not null default '{}',
  author_member_id uuid references members (id),
  shielded_from uuid[] not null default '{}',
  shared_across_contactverbod boolean not null default false,
  general_info boolean not null default false,
  field_shields jsonb not null default '{}',
  -- What a thread is lives on its first message; an answer carries only words.
  check ((thread_id is null) = (kind is not null)),
  check (thread_id is null or (topic is null and call_moment is null and done_at is null and body is not null)),
  check ((done_at is null) = (done_by_user_id is null))
);
create index contact_messages_family on contact_messages (family_id, seq);
create index contact_messages_thread on contact_messages (thread_id);
