-- A session knows the passkey that opened it, so revoking that passkey ends the session at once
-- (REQUIREMENTS C2, E2). Sessions opened before this column existed have none, and sign-in
-- ceremonies (no user yet) never have one.
alter table sessions add column passkey_id text references passkeys (id);
create index sessions_live_by_passkey on sessions (passkey_id) where passkey_id is not null and ended_at is null;
