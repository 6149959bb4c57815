-- A reminder to answer the instemming on a plan version (issue 10, point 8c): to the member who
-- decides (the member, or a parent with gezag for a child under 12), by whom and when. At most one
-- per member, version and Dutch day, so pressing twice cannot flood a member's phone.
create table instemming_reminders (
  id uuid primary key,
  family_id uuid not null references families (id),
  plan_version_id uuid not null references plan_versions (id),
  member_id uuid not null references members (id),
  reminded_by_user_id uuid not null references users (id),
  reminded_on date not null,
  created_at timestamptz not null,
  unique (plan_version_id, member_id, reminded_on)
);
create index instemming_reminders_family on instemming_reminders (family_id, plan_version_id);
-- In the change log, so a member's device fetches the instemming again at the next sync and shows the reminder.
create trigger instemming_reminders_changes after insert or update or delete on instemming_reminders for each row execute function record_family_change();
