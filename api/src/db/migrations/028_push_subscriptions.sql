-- Issue 11, point 5: news without content by Web Push. One row per device that said yes; it
-- belongs to the account and to the passkey that device signed in with, so revoking a lost
-- phone's passkey stops its notices too. A push service that answers 404/410 removes the row.
create table push_subscriptions (
  id uuid primary key,
  user_id uuid not null references users (id),
  passkey_id text references passkeys (id),
  endpoint text not null unique,
  p256dh text not null,
  auth text not null,
  created_at timestamptz not null,
  last_sent_at timestamptz
);
create index push_subscriptions_user on push_subscriptions (user_id);
create index push_subscriptions_passkey on push_subscriptions (passkey_id) where passkey_id is not null;
