-- A family made in the workspace has a plan but no version yet: its first draft is based on none.
alter table plan_drafts alter column base_version_id drop not null;
