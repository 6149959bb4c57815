-- Who someone is in the API (their memberships, delegations and assignments) changes only with these
-- three tables. They get their own notification, so that a comment or an answer no longer empties
-- every API process's cache of signed-in people (family_changed still fires for them too).
create function notify_principals_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('principals_changed', (coalesce(new, old)).family_id::text);
  return null;
end $$;

create trigger members_principals after insert or update or delete on members
  for each row execute function notify_principals_changed();
create trigger delegations_principals after insert or update or delete on delegations
  for each row execute function notify_principals_changed();
create trigger professional_assignments_principals after insert or update or delete on professional_assignments
  for each row execute function notify_principals_changed();
