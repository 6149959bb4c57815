-- Issue 12: a sync, a snapshot and a session lookup that cost the same with ten years of history.

-- A snapshot reads the family's helpers by family; the only index was by helper, so every snapshot
-- load read the whole table (found by tests/bench/hot-queries.int.test.ts).
create index if not exists delegations_family on delegations (family_id);

-- What a sync sent to whom: only an object once sent to a person can be named to them as deleted
-- (a tombstone for anything else tells them that something hidden exists). This was read from the
-- access log, scanning every read of that person in the family, which grows with each day of
-- history. This grows only with the objects a person was ever sent, and is read by its key.
create table sync_deliveries (
  family_id uuid not null references families (id),
  user_id uuid not null references users (id),
  object_id uuid not null,
  primary key (family_id, user_id, object_id)
);

-- What the log says was read before this table existed, so a device synced before it still hears
-- of what left its view.
insert into sync_deliveries (family_id, user_id, object_id)
select distinct l.family_id, l.actor_user_id, o
  from access_log l, unnest(l.object_ids) o
 where l.family_id is not null and l.actor_user_id is not null and l.action = 'lezen' and l.outcome = 'toegestaan'
   and exists (select 1 from users u where u.id = l.actor_user_id)
on conflict do nothing;

-- Every API process keeps the sessions it looked up; one that ends (logout, a revoked passkey, idle
-- or absolute end) is named here at commit, so every process forgets it.
create function notify_session_ended() returns trigger language plpgsql as $$
begin
  perform pg_notify('session_ended', new.token_hash);
  return null;
end $$;

create trigger sessions_session_ended after update of ended_at on sessions
  for each row when (old.ended_at is null and new.ended_at is not null) execute function notify_session_ended();
