-- Issue 12: a change to one account (a name, a job title) reached every family's cached snapshot,
-- because `principals_changed` only names the table. This channel names the account, so only the
-- snapshots that show it (its comments, or it as the family's professional or helper) are read again.
create function notify_user_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('user_changed', coalesce(new.id, old.id)::text);
  return null;
end $$;

create trigger users_user_changed after insert or update or delete on users
  for each row execute function notify_user_changed();
