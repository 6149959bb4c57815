import type { Config } from '../config.ts';
import { openPostgres, type Db } from './database.ts';

/**
 * The role the server works as on PostgreSQL (migration 009): it owns nothing, so it may read and
 * append to the access log but not change, delete or truncate it, alter the table or switch its
 * triggers off. Whoever runs the migrations owns the tables.
 */
export const appRole = 'onsplan_app';

/**
 * The database as the running server uses it, after the owner migrated it.
 * - `APP_DATABASE_URL` set: a login of its own that is a member of onsplan_app. The server then has
 *   no owner connection at all, so not even an injected `set role none` gets the owner's rights.
 * - only `DATABASE_URL`: the same login, but every connection takes on onsplan_app at its start.
 *   The server's own queries cannot touch the log; the login itself still could, so anyone able to
 *   run their own SQL over this connection could switch back. The sealed checkpoints catch that.
 * - embedded PGlite has a single user and no connections to separate; the checkpoints protect it.
 */
export async function openAppDatabase(config: Pick<Config, 'databaseUrl' | 'appDatabaseUrl'> & { databasePoolSize?: number; preparedStatements?: number }, owner: Db): Promise<Db> {
  const sizes = { poolSize: config.databasePoolSize, preparedStatements: config.preparedStatements };
  if (config.appDatabaseUrl) return openPostgres(config.appDatabaseUrl, sizes);
  if (config.databaseUrl) return openPostgres(config.databaseUrl, { role: appRole, ...sizes });
  return owner;
}

/**
 * Says what is wrong when the server's connection could still change the access log (a
 * misconfigured APP_DATABASE_URL that is the owner or a superuser); undefined when it cannot.
 */
export async function appRoleProblem(db: Db): Promise<string | undefined> {
  if (db.engine !== 'postgres') return undefined;
  const [row] = await db.query<{ who: string; mayChange: boolean }>(
    `select current_user as who,
            has_table_privilege('access_log', 'update') or has_table_privilege('access_log', 'delete')
              or has_table_privilege('access_log', 'truncate')
              or has_table_privilege('account_log', 'update') or has_table_privilege('account_log', 'delete')
              or has_table_privilege('account_log', 'truncate')
              or pg_has_role((select tableowner from pg_tables where schemaname = 'public' and tablename = 'access_log'), 'usage') as "mayChange"`,
  );
  if (!row?.mayChange) return undefined;
  return `De databaserol ${row.who} van de server kan het toegangslog veranderen. Gebruik voor APP_DATABASE_URL een rol die lid is van ${appRole} en geen eigenaar.`;
}
