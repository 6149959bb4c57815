/**
 * Where every table goes when one database server is not enough and the database is spread over
 * several with Citus (issue 12 point 6). The catalog test (`distribution.int.test.ts`) holds the
 * schema to this list, and `npm run cli -- citus-sql` prints the Citus statements from it, so the
 * README, the test and the statements cannot name different tables.
 *
 * - A family table is split by family: all rows of one family live on one node, so every query of
 *   one family is answered by that node alone. Its distribution column is in its primary key, in
 *   every unique constraint and in every foreign key to another family table (Citus requires it).
 * - A reference table is global and small or rarely written: a copy lives on every node, so a
 *   family table may point at it (Citus forbids the other way round).
 */

/** Family tables, and the column that names the family (`families` itself is named by its id). */
export const familyTables: Readonly<Record<string, string>> = {
  families: 'id',
  // Each family's log is a chain of its own (migration 038); account events left it for account_log (041).
  access_log: 'family_id',
  access_log_heads: 'family_id',
  afspraak_verplaatsverzoeken: 'family_id',
  afspraken: 'family_id',
  comment_reads: 'family_id',
  comments: 'family_id',
  contact_changes: 'family_id',
  contact_messages: 'family_id',
  contact_reads: 'family_id',
  correctie_wijzigingen: 'family_id',
  correctieverzoeken: 'family_id',
  delegation_invitations: 'family_id',
  delegations: 'family_id',
  document_removals: 'family_id',
  documents: 'family_id',
  eigen_verklaringen: 'family_id',
  family_changes: 'family_id',
  instemming_reminders: 'family_id',
  instemmingen: 'family_id',
  member_field_history: 'family_id',
  member_fields: 'family_id',
  member_relations: 'family_id',
  members: 'family_id',
  plan_drafts: 'family_id',
  plan_items: 'family_id',
  plan_shield_reasons: 'family_id',
  plan_versions: 'family_id',
  plans: 'family_id',
  professional_assignments: 'family_id',
  // The next three belonged to a family only through a member or a request; migration 040 gave them the column.
  satisfaction_given: 'family_id',
  satisfaction_given_versions: 'family_id',
  scores: 'family_id',
  sync_deliveries: 'family_id',
  toestemmingen: 'family_id',
  toestemmingsverzoek_antwoorden: 'family_id',
  toestemmingsverzoeken: 'family_id',
  youth_choices: 'family_id',
};

/** Global tables, copied to every node, with why each is global. */
export const referenceTables: Readonly<Record<string, string>> = {
  users: 'an account can be a member of several families, or a professional of many',
  passkeys: 'belong to an account',
  sessions: 'belong to an account',
  invitations: 'make an account; a helper’s invitation names its delegation invitation without a foreign key, which Citus forbids from a global table to a family table',
  push_subscriptions: 'belong to an account and a phone',
  rate_limits: 'count per address and per account, across families',
  satisfaction_answers: 'anonymous on purpose: no family, member or account, so it can never be joined back to a person',
  account_log:
    'account events (sign-in, sign-out) belong to no family; they chain on their own and are few next to family reads. Its ids come from access_log’s sequence, so an id names one row of the whole log; moved from access_log by migration 041 with ids and hashes unchanged',
  account_log_heads: 'the heads of the chains of no family: account events, and the single chain from before migration 038',
  access_log_checkpoints: 'one sealed checkpoint covers the heads of all chains',
  access_log_checkpoint_heads: 'the chain heads a checkpoint sealed',
  access_log_global_chain_end: 'one row: where the log’s single chain from before migration 038 ends',
  schema_migrations: 'which migrations ran',
};

/** Family tables in the order Citus is given them: `families` first, the others are placed beside it. */
export function familyTableNames(): string[] {
  return ['families', ...Object.keys(familyTables).filter((t) => t !== 'families').sort()];
}

/**
 * The statements that distribute an Ons Plan database that has the Citus extension, in one
 * transaction. Every foreign key is taken off while the tables move and put back unchanged
 * afterwards: Citus moves one table at a time and refuses a key to a table it has not moved yet,
 * and some tables point at each other (plans and plan versions).
 */
export function citusSql(): string {
  const family = familyTableNames();
  return [
    `-- Ons Plan on Citus: family tables distributed by family, global tables as reference tables.`,
    `-- Made by \`npm run cli -- citus-sql\` from api/src/db/distribution.ts. Run with psql on the coordinator,`,
    `-- after \`npm run cli -- migrate\`, with the API stopped.`,
    `begin;`,
    `create temporary table onsplan_foreign_keys on commit drop as`,
    `  select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as definition`,
    `    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace;`,
    `do $$ declare k record; begin`,
    `  for k in select * from onsplan_foreign_keys loop execute format('alter table %I drop constraint %I', k.tbl, k.name); end loop;`,
    `end $$;`,
    ...Object.keys(referenceTables).sort().map((t) => `select create_reference_table('${t}');`),
    `select create_distributed_table('families', 'id');`,
    ...family.slice(1).map((t) => `select create_distributed_table('${t}', '${familyTables[t]}', colocate_with => 'families');`),
    `do $$ declare k record; begin`,
    `  for k in select * from onsplan_foreign_keys loop execute format('alter table %I add constraint %I %s', k.tbl, k.name, k.definition); end loop;`,
    `end $$;`,
    `commit;`,
    '',
  ].join('\n');
}
