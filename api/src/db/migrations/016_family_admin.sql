-- Issue 10: professionals make families and their members, shield fields with a reason, and hand a
-- family over to another professional.

-- A hand-over keeps history: the same professional may be assigned again later, so one row per
-- period instead of one per person. Who made the assignment is kept for the access log's sake.
alter table professional_assignments drop constraint professional_assignments_family_id_user_id_key;
alter table professional_assignments add column assigned_by uuid references users (id);
alter table professional_assignments add constraint professional_assignments_period check (until is null or until > since);
create index professional_assignments_family on professional_assignments (family_id, user_id);

-- A field a professional hides from someone carries the reason she chose on purpose (never a default).
-- Required by the data layer for every new shield; not a table check, because fields shielded before
-- this (the demo's, and those moved by a contact change) have no recorded reason.
alter table member_fields add column shield_reason text
  check (shield_reason in ('veiligheid', 'privacy-ander', 'vertrouwelijk-jeugdige', 'verzoek-gezinslid', 'anders'));
alter table member_fields add column shield_reason_text text;
alter table member_fields add constraint member_fields_other_reason_explained
  check (shield_reason is distinct from 'anders' or length(coalesce(shield_reason_text, '')) > 0);

-- Relations made by a professional say by whom, for the history of who decided a contactverbod.
alter table member_relations add column decided_by uuid references users (id);
