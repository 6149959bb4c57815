-- Issue 13, point 4 gap: "Wat vindt u ervan?" is offered after a plan version was discussed with
-- her, once per version. Like satisfaction_given, this says only that she answered about that
-- version, never what: it shares no column with satisfaction_answers.
create table satisfaction_given_versions (
  member_id uuid not null references members (id),
  plan_version_id uuid not null references plan_versions (id),
  primary key (member_id, plan_version_id)
);

-- Issue 13, point 3 gaps: contact threads reach the offline copy, so a new message or answer must
-- move the family's change number (the sync then sends the threads again).
create trigger contact_messages_changes after insert or update or delete on contact_messages for each row execute function record_family_change();

-- "Gelezen": until when a person read the contact threads of a family, so the member sees which
-- answers are new and the professional which threads have new messages (as comment_reads).
create table contact_reads (
  user_id uuid not null references users (id),
  family_id uuid not null references families (id),
  seen_until timestamptz not null,
  primary key (user_id, family_id)
);
