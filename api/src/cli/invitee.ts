import type { Db } from '../db/database.ts';

/** Finds a user to invite by first name or full name (demo: `samira`, `fatima`, `ria`). */
export async function findInvitee(db: Db, who: string): Promise<{ userId: string; name: string } | undefined> {
  const rows = await db.query<{ userId: string; name: string }>(
    `select id as "userId", display_name as name from users
      where disabled_at is null and (lower(display_name) = lower($1) or lower(split_part(display_name, ' ', 1)) = lower($1))
      order by created_at limit 2`,
    [who.trim()],
  );
  // Two people with this first name: the command line must not guess who gets the code.
  return rows.length === 1 ? rows[0] : undefined;
}
