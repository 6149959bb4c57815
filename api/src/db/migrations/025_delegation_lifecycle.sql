-- Issue 11: a member chooses what her helper may do, one scope at a time, and until when; she
-- invites the helper with a one-time code; she, the regisseur or the helper herself ends it.

-- 1. Scopes as a set. `lezen` comes with every delegation. The old `lezen-en-helpen` never let a
--    helper choose for a child under 16, so it maps to every scope but `keuzes-voor-kinderen`.
alter table delegations add column scopes text[];
update delegations set scopes = case scope
  when 'lezen' then array['lezen']
  else array['lezen', 'reageren', 'instemming-geven', 'toestemming-geven', 'verzoeken-doen', 'documenten-delen']
end;
alter table delegations alter column scopes set not null;
alter table delegations drop column scope;
alter table delegations add constraint delegations_scopes_allowed check (
  scopes <@ array['lezen', 'reageren', 'instemming-geven', 'toestemming-geven', 'verzoeken-doen', 'documenten-delen', 'keuzes-voor-kinderen']
  and 'lezen' = any (scopes)
);

-- 2. Who decided: who granted it (the member; null for seeded rows), who ended it and why.
alter table delegations add column granted_by_user_id uuid references users (id);
alter table delegations add column revoked_by_user_id uuid references users (id);
alter table delegations add column revoke_reason text;
alter table delegations add column changed_at timestamptz;
create index delegations_member on delegations (member_id);

-- 3. The member's invitation to a helper: the code is kept only as a hash; unused it expires, and
--    the member can withdraw it. A new helper redeems it with her own passkey: then her account and
--    a sign-in invitation bound to it are made, and the delegation starts when the passkey is saved.
create table delegation_invitations (
  id uuid primary key,
  family_id uuid not null references families (id),
  member_id uuid not null references members (id),
  helper_name text not null check (length(helper_name) between 1 and 80),
  scopes text[] not null check (
    scopes <@ array['lezen', 'reageren', 'instemming-geven', 'toestemming-geven', 'verzoeken-doen', 'documenten-delen', 'keuzes-voor-kinderen']
    and 'lezen' = any (scopes)
  ),
  valid_until timestamptz not null,
  code_hash text not null unique,
  created_by_user_id uuid not null references users (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  withdrawn_at timestamptz,
  -- The account made for a new helper on her first try, so a second try with the same code reuses it.
  helper_user_id uuid references users (id),
  used_at timestamptz,
  delegation_id uuid references delegations (id)
);
create index delegation_invitations_member on delegation_invitations (member_id);
alter table invitations add column delegation_invitation_id uuid references delegation_invitations (id);

-- 4. The access log names the basis of a helper's act and of every change to a delegation: which
--    delegation, who decided, its scopes and end date. Older rows have none and keep their hash.
alter table access_log add column delegation jsonb;
