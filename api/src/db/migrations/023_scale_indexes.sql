-- Issue 12: two lookups that scanned whole tables once there are many families.
-- A professional's assignments are read by her account at every sign-in and after every change of
-- accounts (principals.ts); the family index starts with family_id and cannot serve that.
create index if not exists professional_assignments_user on professional_assignments (user_id);
-- Removing a comment finds its replies by reply_to.
create index if not exists comments_reply_to on comments (reply_to) where reply_to is not null;
