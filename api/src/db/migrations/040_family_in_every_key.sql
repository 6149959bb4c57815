-- Ready for a distributed PostgreSQL (issue 12 point 6): Citus splits tables by family_id and keeps
-- all rows of one family on one node. It needs family_id in every primary key, every unique
-- constraint and every foreign key between family tables, and it refuses a foreign key from a
-- global table to a family table. api/src/db/distribution.ts lists which table is which;
-- distribution.int.test.ts reads the catalog and holds every table to it.
--
-- family_id goes last in each key, so the many lookups by id alone (and by client_id alone) keep
-- using the key's index as they did. Ids stay random uuids, so they stay unique in practice; the
-- database now holds them unique within a family only, since Citus can hold nothing wider. A
-- foreign key to (family_id, id) uses the same index: PostgreSQL matches its columns in any order.
-- A composite foreign key is not checked while its own column is empty (match simple), as before.
--
-- A side effect that matters on one server too: a row can no longer point at a member, a plan
-- version or a request of another family.

-- 1. Three tables belonged to a family only through a member or a request: they get the column.
alter table satisfaction_given add column family_id uuid references families (id);
update satisfaction_given g set family_id = m.family_id from members m where m.id = g.member_id;
alter table satisfaction_given alter column family_id set not null;

alter table satisfaction_given_versions add column family_id uuid references families (id);
update satisfaction_given_versions g set family_id = m.family_id from members m where m.id = g.member_id;
alter table satisfaction_given_versions alter column family_id set not null;

alter table toestemmingsverzoek_antwoorden add column family_id uuid references families (id);
update toestemmingsverzoek_antwoorden a set family_id = r.family_id from toestemmingsverzoeken r where r.id = a.request_id;
alter table toestemmingsverzoek_antwoorden alter column family_id set not null;

-- 2. A helper's account invitation names its delegation invitation: a global table pointing into a
--    family table, which Citus cannot keep. The column stays; the code only ever fills it with the
--    id of the delegation invitation it has just locked in the same transaction.
alter table invitations drop constraint invitations_delegation_invitation_id_fkey;

-- 3. Foreign keys between family tables go, so the keys they point at can change.
alter table afspraak_verplaatsverzoeken
  drop constraint afspraak_verplaatsverzoeken_afspraak_id_fkey,
  drop constraint afspraak_verplaatsverzoeken_member_id_fkey;
alter table comments
  drop constraint comments_author_member_id_fkey,
  drop constraint comments_on_behalf_of_member_id_fkey,
  drop constraint comments_plan_version_id_fkey,
  drop constraint comments_reply_to_fkey;
alter table contact_changes
  drop constraint contact_changes_author_member_id_fkey,
  drop constraint contact_changes_field_id_fkey,
  drop constraint contact_changes_member_id_fkey,
  drop constraint contact_changes_on_behalf_of_member_id_fkey;
alter table contact_messages
  drop constraint contact_messages_author_member_id_fkey,
  drop constraint contact_messages_on_behalf_of_member_id_fkey,
  drop constraint contact_messages_thread_id_fkey;
alter table correctie_wijzigingen
  drop constraint correctie_wijzigingen_correctieverzoek_id_fkey;
alter table correctieverzoeken
  drop constraint correctieverzoeken_requester_member_id_fkey;
alter table delegation_invitations
  drop constraint delegation_invitations_delegation_id_fkey,
  drop constraint delegation_invitations_member_id_fkey;
alter table delegations
  drop constraint delegations_member_id_fkey;
alter table documents
  drop constraint documents_author_member_id_fkey,
  drop constraint documents_toestemming_id_fkey,
  drop constraint documents_uploader_member_id_fkey;
alter table eigen_verklaringen
  drop constraint eigen_verklaringen_author_member_id_fkey,
  drop constraint eigen_verklaringen_correctieverzoek_id_fkey,
  drop constraint eigen_verklaringen_member_id_fkey;
alter table instemming_reminders
  drop constraint instemming_reminders_member_id_fkey,
  drop constraint instemming_reminders_plan_version_id_fkey;
alter table instemmingen
  drop constraint instemmingen_decided_by_member_id_fkey,
  drop constraint instemmingen_member_id_fkey,
  drop constraint instemmingen_plan_version_id_fkey;
alter table member_field_history
  drop constraint member_field_history_author_member_id_fkey,
  drop constraint member_field_history_field_id_fkey,
  drop constraint member_field_history_member_id_fkey,
  drop constraint member_field_history_replaced_by_change_id_fkey;
alter table member_fields
  drop constraint member_fields_author_member_id_fkey,
  drop constraint member_fields_member_id_fkey;
alter table member_relations
  drop constraint member_relations_from_member_id_fkey,
  drop constraint member_relations_to_member_id_fkey;
alter table plan_drafts
  drop constraint plan_drafts_base_version_id_fkey;
alter table plan_items
  drop constraint plan_items_author_member_id_fkey,
  drop constraint plan_items_version_id_fkey;
alter table plan_shield_reasons
  drop constraint plan_shield_reasons_member_id_fkey,
  drop constraint plan_shield_reasons_version_id_fkey;
alter table plan_versions
  drop constraint plan_versions_author_member_id_fkey,
  drop constraint plan_versions_plan_id_fkey;
alter table plans
  drop constraint plans_current_version_id_fkey;
alter table satisfaction_given
  drop constraint satisfaction_given_member_id_fkey;
alter table satisfaction_given_versions
  drop constraint satisfaction_given_versions_member_id_fkey,
  drop constraint satisfaction_given_versions_plan_version_id_fkey;
alter table scores
  drop constraint scores_author_member_id_fkey,
  drop constraint scores_plan_version_id_fkey;
alter table toestemmingen
  drop constraint toestemmingen_given_by_member_id_fkey,
  drop constraint toestemmingen_recipient_member_id_fkey,
  drop constraint toestemmingen_subject_member_id_fkey;
alter table toestemmingsverzoek_antwoorden
  drop constraint toestemmingsverzoek_antwoorden_decider_member_id_fkey,
  drop constraint toestemmingsverzoek_antwoorden_request_id_fkey,
  drop constraint toestemmingsverzoek_antwoorden_toestemming_id_fkey;
alter table toestemmingsverzoeken
  drop constraint toestemmingsverzoeken_subject_member_id_fkey;
alter table youth_choices
  drop constraint youth_choices_owner_member_id_fkey,
  drop constraint youth_choices_viewer_member_id_fkey;

-- 4. family_id joins every primary key and unique constraint of a family table (names stay).
alter table afspraak_verplaatsverzoeken
  drop constraint afspraak_verplaatsverzoeken_client_id_key, add constraint afspraak_verplaatsverzoeken_client_id_key unique (client_id, family_id),
  drop constraint afspraak_verplaatsverzoeken_pkey, add constraint afspraak_verplaatsverzoeken_pkey primary key (id, family_id);
alter table afspraken
  drop constraint afspraken_client_id_key, add constraint afspraken_client_id_key unique (client_id, family_id),
  drop constraint afspraken_pkey, add constraint afspraken_pkey primary key (id, family_id);
alter table comments
  drop constraint comments_client_id_key, add constraint comments_client_id_key unique (client_id, family_id),
  drop constraint comments_pkey, add constraint comments_pkey primary key (id, family_id);
alter table contact_changes
  drop constraint contact_changes_client_id_key, add constraint contact_changes_client_id_key unique (client_id, family_id),
  drop constraint contact_changes_pkey, add constraint contact_changes_pkey primary key (id, family_id);
alter table contact_messages
  drop constraint contact_messages_client_id_key, add constraint contact_messages_client_id_key unique (client_id, family_id),
  drop constraint contact_messages_pkey, add constraint contact_messages_pkey primary key (id, family_id);
alter table correctie_wijzigingen
  drop constraint correctie_wijzigingen_pkey, add constraint correctie_wijzigingen_pkey primary key (id, family_id);
alter table correctieverzoeken
  drop constraint correctieverzoeken_client_id_key, add constraint correctieverzoeken_client_id_key unique (client_id, family_id),
  drop constraint correctieverzoeken_pkey, add constraint correctieverzoeken_pkey primary key (id, family_id);
alter table delegation_invitations
  drop constraint delegation_invitations_code_hash_key, add constraint delegation_invitations_code_hash_key unique (code_hash, family_id),
  drop constraint delegation_invitations_pkey, add constraint delegation_invitations_pkey primary key (id, family_id);
alter table delegations
  drop constraint delegations_pkey, add constraint delegations_pkey primary key (id, family_id);
alter table document_removals
  drop constraint document_removals_client_id_key, add constraint document_removals_client_id_key unique (client_id, family_id),
  drop constraint document_removals_pkey, add constraint document_removals_pkey primary key (document_id, family_id);
alter table documents
  drop constraint documents_client_id_key, add constraint documents_client_id_key unique (client_id, family_id),
  drop constraint documents_pkey, add constraint documents_pkey primary key (id, family_id),
  drop constraint documents_storage_key_key, add constraint documents_storage_key_key unique (storage_key, family_id);
alter table eigen_verklaringen
  drop constraint eigen_verklaringen_client_id_key, add constraint eigen_verklaringen_client_id_key unique (client_id, family_id),
  drop constraint eigen_verklaringen_pkey, add constraint eigen_verklaringen_pkey primary key (id, family_id);
alter table instemming_reminders
  drop constraint instemming_reminders_pkey, add constraint instemming_reminders_pkey primary key (id, family_id),
  drop constraint instemming_reminders_plan_version_id_member_id_reminded_on_key, add constraint instemming_reminders_plan_version_id_member_id_reminded_on_key unique (plan_version_id, member_id, reminded_on, family_id);
alter table instemmingen
  drop constraint instemmingen_client_id_key, add constraint instemmingen_client_id_key unique (client_id, family_id),
  drop constraint instemmingen_pkey, add constraint instemmingen_pkey primary key (id, family_id);
alter table member_field_history
  drop constraint member_field_history_pkey, add constraint member_field_history_pkey primary key (id, family_id);
alter table member_fields
  drop constraint member_fields_pkey, add constraint member_fields_pkey primary key (id, family_id);
alter table member_relations
  drop constraint member_relations_from_member_id_to_member_id_kind_key, add constraint member_relations_from_member_id_to_member_id_kind_key unique (from_member_id, to_member_id, kind, family_id),
  drop constraint member_relations_pkey, add constraint member_relations_pkey primary key (id, family_id);
alter table members
  drop constraint members_pkey, add constraint members_pkey primary key (id, family_id);
alter table plan_drafts
  drop constraint plan_drafts_pkey, add constraint plan_drafts_pkey primary key (id, family_id);
alter table plan_items
  drop constraint plan_items_pkey, add constraint plan_items_pkey primary key (id, family_id),
  drop constraint plan_items_version_id_item_key_key, add constraint plan_items_version_id_item_key_key unique (version_id, item_key, family_id);
alter table plan_shield_reasons
  drop constraint plan_shield_reasons_pkey, add constraint plan_shield_reasons_pkey primary key (id, family_id);
alter table plan_versions
  drop constraint plan_versions_pkey, add constraint plan_versions_pkey primary key (id, family_id),
  drop constraint plan_versions_plan_id_number_key, add constraint plan_versions_plan_id_number_key unique (plan_id, number, family_id);
alter table plans
  drop constraint plans_pkey, add constraint plans_pkey primary key (id, family_id);
alter table professional_assignments
  drop constraint professional_assignments_pkey, add constraint professional_assignments_pkey primary key (id, family_id);
alter table satisfaction_given
  drop constraint satisfaction_given_pkey, add constraint satisfaction_given_pkey primary key (member_id, period, family_id);
alter table satisfaction_given_versions
  drop constraint satisfaction_given_versions_pkey, add constraint satisfaction_given_versions_pkey primary key (member_id, plan_version_id, family_id);
alter table scores
  drop constraint scores_client_id_key, add constraint scores_client_id_key unique (client_id, family_id),
  drop constraint scores_pkey, add constraint scores_pkey primary key (id, family_id);
alter table toestemmingen
  drop constraint toestemmingen_client_id_key, add constraint toestemmingen_client_id_key unique (client_id, family_id),
  drop constraint toestemmingen_pkey, add constraint toestemmingen_pkey primary key (id, family_id);
alter table toestemmingsverzoek_antwoorden
  drop constraint toestemmingsverzoek_antwoorden_pkey, add constraint toestemmingsverzoek_antwoorden_pkey primary key (request_id, decider_member_id, family_id);
alter table toestemmingsverzoeken
  drop constraint toestemmingsverzoeken_client_id_key, add constraint toestemmingsverzoeken_client_id_key unique (client_id, family_id),
  drop constraint toestemmingsverzoeken_pkey, add constraint toestemmingsverzoeken_pkey primary key (id, family_id);
alter table youth_choices
  drop constraint youth_choices_owner_member_id_viewer_member_id_target_kind__key, add constraint youth_choices_owner_member_id_viewer_member_id_target_kind__key unique (owner_member_id, viewer_member_id, target_kind, target_key, family_id),
  drop constraint youth_choices_pkey, add constraint youth_choices_pkey primary key (id, family_id);

-- 5. The foreign keys come back, each joining family_id as well (names stay).
alter table afspraak_verplaatsverzoeken
  add constraint afspraak_verplaatsverzoeken_afspraak_id_fkey foreign key (family_id, afspraak_id) references afspraken (family_id, id),
  add constraint afspraak_verplaatsverzoeken_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table comments
  add constraint comments_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint comments_on_behalf_of_member_id_fkey foreign key (family_id, on_behalf_of_member_id) references members (family_id, id),
  add constraint comments_plan_version_id_fkey foreign key (family_id, plan_version_id) references plan_versions (family_id, id),
  add constraint comments_reply_to_fkey foreign key (family_id, reply_to) references comments (family_id, id);
alter table contact_changes
  add constraint contact_changes_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint contact_changes_field_id_fkey foreign key (family_id, field_id) references member_fields (family_id, id),
  add constraint contact_changes_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint contact_changes_on_behalf_of_member_id_fkey foreign key (family_id, on_behalf_of_member_id) references members (family_id, id);
alter table contact_messages
  add constraint contact_messages_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint contact_messages_on_behalf_of_member_id_fkey foreign key (family_id, on_behalf_of_member_id) references members (family_id, id),
  add constraint contact_messages_thread_id_fkey foreign key (family_id, thread_id) references contact_messages (family_id, id);
alter table correctie_wijzigingen
  add constraint correctie_wijzigingen_correctieverzoek_id_fkey foreign key (family_id, correctieverzoek_id) references correctieverzoeken (family_id, id);
alter table correctieverzoeken
  add constraint correctieverzoeken_requester_member_id_fkey foreign key (family_id, requester_member_id) references members (family_id, id);
alter table delegation_invitations
  add constraint delegation_invitations_delegation_id_fkey foreign key (family_id, delegation_id) references delegations (family_id, id),
  add constraint delegation_invitations_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table delegations
  add constraint delegations_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table documents
  add constraint documents_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint documents_toestemming_id_fkey foreign key (family_id, toestemming_id) references toestemmingen (family_id, id),
  add constraint documents_uploader_member_id_fkey foreign key (family_id, uploader_member_id) references members (family_id, id);
alter table eigen_verklaringen
  add constraint eigen_verklaringen_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint eigen_verklaringen_correctieverzoek_id_fkey foreign key (family_id, correctieverzoek_id) references correctieverzoeken (family_id, id),
  add constraint eigen_verklaringen_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table instemming_reminders
  add constraint instemming_reminders_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint instemming_reminders_plan_version_id_fkey foreign key (family_id, plan_version_id) references plan_versions (family_id, id);
alter table instemmingen
  add constraint instemmingen_decided_by_member_id_fkey foreign key (family_id, decided_by_member_id) references members (family_id, id),
  add constraint instemmingen_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint instemmingen_plan_version_id_fkey foreign key (family_id, plan_version_id) references plan_versions (family_id, id);
alter table member_field_history
  add constraint member_field_history_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint member_field_history_field_id_fkey foreign key (family_id, field_id) references member_fields (family_id, id),
  add constraint member_field_history_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint member_field_history_replaced_by_change_id_fkey foreign key (family_id, replaced_by_change_id) references contact_changes (family_id, id);
alter table member_fields
  add constraint member_fields_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint member_fields_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table member_relations
  add constraint member_relations_from_member_id_fkey foreign key (family_id, from_member_id) references members (family_id, id),
  add constraint member_relations_to_member_id_fkey foreign key (family_id, to_member_id) references members (family_id, id);
alter table plan_drafts
  add constraint plan_drafts_base_version_id_fkey foreign key (family_id, base_version_id) references plan_versions (family_id, id);
alter table plan_items
  add constraint plan_items_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint plan_items_version_id_fkey foreign key (family_id, version_id) references plan_versions (family_id, id);
alter table plan_shield_reasons
  add constraint plan_shield_reasons_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint plan_shield_reasons_version_id_fkey foreign key (family_id, version_id) references plan_versions (family_id, id);
alter table plan_versions
  add constraint plan_versions_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint plan_versions_plan_id_fkey foreign key (family_id, plan_id) references plans (family_id, id);
alter table plans
  add constraint plans_current_version_id_fkey foreign key (family_id, current_version_id) references plan_versions (family_id, id);
alter table satisfaction_given
  add constraint satisfaction_given_member_id_fkey foreign key (family_id, member_id) references members (family_id, id);
alter table satisfaction_given_versions
  add constraint satisfaction_given_versions_member_id_fkey foreign key (family_id, member_id) references members (family_id, id),
  add constraint satisfaction_given_versions_plan_version_id_fkey foreign key (family_id, plan_version_id) references plan_versions (family_id, id);
alter table scores
  add constraint scores_author_member_id_fkey foreign key (family_id, author_member_id) references members (family_id, id),
  add constraint scores_plan_version_id_fkey foreign key (family_id, plan_version_id) references plan_versions (family_id, id);
alter table toestemmingen
  add constraint toestemmingen_given_by_member_id_fkey foreign key (family_id, given_by_member_id) references members (family_id, id),
  add constraint toestemmingen_recipient_member_id_fkey foreign key (family_id, recipient_member_id) references members (family_id, id),
  add constraint toestemmingen_subject_member_id_fkey foreign key (family_id, subject_member_id) references members (family_id, id);
alter table toestemmingsverzoek_antwoorden
  add constraint toestemmingsverzoek_antwoorden_decider_member_id_fkey foreign key (family_id, decider_member_id) references members (family_id, id),
  add constraint toestemmingsverzoek_antwoorden_request_id_fkey foreign key (family_id, request_id) references toestemmingsverzoeken (family_id, id),
  add constraint toestemmingsverzoek_antwoorden_toestemming_id_fkey foreign key (family_id, toestemming_id) references toestemmingen (family_id, id);
alter table toestemmingsverzoeken
  add constraint toestemmingsverzoeken_subject_member_id_fkey foreign key (family_id, subject_member_id) references members (family_id, id);
alter table youth_choices
  add constraint youth_choices_owner_member_id_fkey foreign key (family_id, owner_member_id) references members (family_id, id),
  add constraint youth_choices_viewer_member_id_fkey foreign key (family_id, viewer_member_id) references members (family_id, id);
