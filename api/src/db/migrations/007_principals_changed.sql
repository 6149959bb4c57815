-- Who someone is in the API (their account, memberships, delegations and assignments) changes only
-- with these four tables. They get their own notification, so that a comment or an answer no longer
-- empties every API process's cache of signed-in people (family_changed still fires for them too).
create function notify_principals_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('principals_changed', tg_table_name);
  return null;
end $$;

do $$
declare t text;
begin
  foreach t in array array['users', 'members', 'delegations', 'professional_assignments']
  loop
    execute format('create trigger %I after insert or update or delete on %I for each row execute function notify_principals_changed()', t || '_principals', t);
  end loop;
end $$;
