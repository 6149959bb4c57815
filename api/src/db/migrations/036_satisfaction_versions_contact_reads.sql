-- Issue 13, point 4 gap: "Wat vindt u ervan?" is offered after a plan version was discussed with
-- her, once per version. Like satisfaction_given, this says only that she answered about that
-- version, never what: it shares no column with satisfaction_answers.
create table satisfaction_given_versions (
  member_id uuid not null references members (id),
  plan_version_id uuid not null references plan_versions (id),
  primary key (member_id, plan_version_id)
);
