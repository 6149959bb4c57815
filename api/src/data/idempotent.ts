import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';

/**
 * Inserts a row made by a client at most once: a write sent again (a retry, an outbox replay)
 * finds the first one. Returns the id of the stored row and whether this call stored it.
 * `insertSql` must be an insert that ends in `on conflict (client_id, family_id) do nothing returning id`.
 * A client id is unique within its family (migration 040): another family's row with the same id
 * is a different write.
 */
export async function insertOnce(
  tx: Db,
  { table, familyId }: { table: string; familyId: string },
  clientId: string,
  userId: string,
  insertSql: string,
  params: readonly unknown[],
  userColumn = 'decided_by_user_id',
): Promise<{ id: string; created: boolean }> {
  const [inserted] = await tx.query<{ id: string }>(insertSql, params);
  if (inserted) return { id: inserted.id, created: true };
  const [existing] = await tx.query<{ id: string; userId: string }>(`select id, ${userColumn} as "userId" from ${table} where client_id = $1 and family_id = $2`, [clientId, familyId]);
  // Someone else's id: never reveal or touch their row.
  if (!existing || existing.userId !== userId) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
  return { id: existing.id, created: false };
}
