-- NEN 7513 log, tamper-evident for real (REQUIREMENTS D1, D2).

-- 1. Refused attempts (403, and 404 on something that exists but is hidden) are logged too. The
--    action says what was tried; the outcome says it was refused. Existing rows were all allowed.
alter table access_log add column outcome text not null default 'toegestaan' check (outcome in ('toegestaan', 'geweigerd'));

-- 2. Checkpoints of the chain head, sealed with an HMAC key the database never holds (LOG_SEAL_KEY
--    or a key file in the data folder). A rewritten chain (re-hashed with the project's own
--    function), a shortened one or an altered row no longer matches the head a checkpoint sealed.
--    Each seal also covers the one before, so a checkpoint cannot go missing from the middle.
create table access_log_checkpoints (
  id bigserial primary key,
  at timestamptz not null,
  reason text not null check (reason in ('start', 'stop', 'timer')),
  -- The newest log row when the checkpoint was made; 0 and the genesis hash for an empty log.
  last_row_id bigint not null,
  head_hash text not null,
  -- Which key sealed it (a hash of the key, not the key), so a lost or changed key is named as such.
  key_id text not null,
  prev_seal text not null,
  seal text not null unique
);
create trigger access_log_checkpoints_append_only before update or delete on access_log_checkpoints for each row execute function forbid_change();
create trigger access_log_checkpoints_no_truncate before truncate on access_log_checkpoints for each statement execute function forbid_change();

-- 3. The application's role. Whoever runs the migrations (the DATABASE_URL user) owns every table;
--    the server then works as onsplan_app, which owns nothing: it may read and append to the log
--    and its checkpoints, but not change, delete or truncate them, nor alter the tables or switch
--    their triggers off (that needs ownership). NOLOGIN: the server takes it on per connection.
--    Roles belong to the whole PostgreSQL cluster, so another database (or a test worker) may have
--    made it already, even at this very moment.
do $$
begin
  if not exists (select from pg_roles where rolname = 'onsplan_app') then
    create role onsplan_app nologin;
  end if;
exception when duplicate_object or unique_violation then null;
end $$;
do $$
begin
  -- A superuser may take on any role; anyone else must be a member to do so.
  if not pg_has_role(current_user, 'onsplan_app', 'member') then
    execute format('grant onsplan_app to %I', current_user);
  end if;
exception when duplicate_object or unique_violation then null;
end $$;

grant usage on schema public to onsplan_app;
grant select, insert, update, delete on all tables in schema public to onsplan_app;
grant usage, select on all sequences in schema public to onsplan_app;
-- Tables of later migrations, made by the same owner, get the same rights without repeating this.
alter default privileges in schema public grant select, insert, update, delete on tables to onsplan_app;
alter default privileges in schema public grant usage, select on sequences to onsplan_app;

-- The log and its checkpoints: read and append only.
revoke update, delete, truncate on access_log, access_log_checkpoints from onsplan_app;
-- The migration bookkeeping is the owner's alone.
revoke all on schema_migrations from onsplan_app;
