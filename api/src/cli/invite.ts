import { demoWorld } from '@onsplan/shared/demo';
import type { AdminInvitation } from '@onsplan/shared';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Invitations } from '../auth/invitations.ts';
import type { Clock, Config } from '../config.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { findInvitee } from './invitee.ts';
import { readServerInfo, type ServerInfo } from './server-info.ts';

/** A problem the person at the command line can solve: the message says what to do, in plain words. */
export class CliProblem extends Error {
  override name = 'CliProblem';
}

export interface Invited {
  name: string;
  code: string;
  expiresAt: Date;
  /** Asked the running server; false: written straight into the database because no server runs. */
  viaServer: boolean;
}

/** The first names `invite` knows in the demo (Mila is 8 and has no account); docs/domein.md lists the same. */
export function demoNames(): string[] {
  const world = demoWorld('2026-01-01');
  const firstName = (name: string) => name.split(' ')[0]!.toLowerCase();
  return [
    ...world.families.flatMap((f) => f.members.filter((m) => m.hasAccount).map((m) => firstName(m.firstName))),
    ...world.helpers.map((h) => firstName(h.name)),
    ...world.professionals.map((p) => firstName(p.name)),
    firstName(world.beheerder.name),
  ];
}

function nobodyCalled(who: string): CliProblem {
  const names = demoNames();
  return new CliProblem(
    `Niemand gevonden met de naam "${who}". Gebruik een voornaam uit de demo: ${names.slice(0, -1).join(', ')} of ${names.at(-1)}. ` +
      'Bestaat de naam wel? Kijk dan of deze opdracht dezelfde DATA_DIR of DATABASE_URL gebruikt als de server.',
  );
}

/**
 * A single-use invitation code for `who`, as `npm run cli -- invite <name>` makes it. While Ons Plan
 * runs, the embedded database belongs to that process, so the code comes from the server, found
 * through the file it wrote beside its data folder (whatever PORT or ORIGIN it was started with).
 * When nothing runs, the code goes straight into the database.
 */
export async function invite(who: string, { config, clock }: { config: Config; clock: Clock }): Promise<Invited> {
  const found = readServerInfo(config.dataDir);
  if (found.state === 'running') return { ...(await askServer(found.info, found.path, who)), viaServer: true };

  if (!config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION'))) {
    throw new CliProblem(
      `Er is geen database van Ons Plan in ${resolve(config.dataDir)}. Start Ons Plan eerst met: npm start\n` +
        'Draait Ons Plan al, met een andere DATA_DIR? Geef deze opdracht dan dezelfde DATA_DIR, bijvoorbeeld: DATA_DIR=/pad/naar/pglite npm run cli -- invite samira',
    );
  }
  if (!config.databaseUrl && (await answersOnPort(config.port))) {
    // Something answers where a server of this folder would run, but it did not leave its file here.
    throw new CliProblem(
      `Er draait een Ons Plan op poort ${config.port}, maar niet met de gegevens in ${resolve(config.dataDir)}. ` +
        'Geef deze opdracht dezelfde DATA_DIR als de server, anders werkt de code daar niet.',
    );
  }
  const db = await openDirect(config);
  try {
    await migrate(db);
    const invitee = await findInvitee(db, who);
    if (!invitee) throw nobodyCalled(who);
    const { code, expiresAt } = await new Invitations(db, clock, config).create(invitee.userId, null);
    return { name: invitee.name, code, expiresAt, viaServer: false };
  } finally {
    await db.close();
  }
}

async function openDirect(config: Config): Promise<Db> {
  try {
    return await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, preparedStatements: config.preparedStatements });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliProblem(
      config.databaseUrl
        ? `De database op DATABASE_URL antwoordt niet (${reason}). Kijk of PostgreSQL draait en of DATABASE_URL klopt.`
        : `De database in ${resolve(config.dataDir)} gaat niet open (${reason}). Start Ons Plan met npm start en probeer het dan opnieuw.`,
    );
  }
}

/** True when an Ons Plan server answers on this port on this computer. */
async function answersOnPort(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok && ((await response.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

async function askServer(server: ServerInfo, infoPath: string, who: string): Promise<Omit<Invited, 'viaServer'>> {
  let response: Response;
  try {
    // Loopback: the admin route answers nothing else. The Origin is the server's own, as the portal sends it.
    response = await fetch(`http://127.0.0.1:${server.port}/api/v1/admin/uitnodigingen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}`, origin: server.origin, 'x-ons-plan': '1' },
      body: JSON.stringify({ who }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new CliProblem(
      `Ons Plan (proces ${server.pid}) hoort op poort ${server.port} te draaien, maar antwoordt niet. ` +
        'Is het net gestart? Wacht dan een paar seconden en probeer het opnieuw. ' +
        'Anders: stop Ons Plan (Ctrl+C in het venster van npm start) en start het opnieuw met: npm start',
    );
  }
  if (response.ok) {
    const body = (await response.json()) as AdminInvitation;
    return { name: body.name, code: body.code, expiresAt: new Date(body.expiresAt) };
  }
  if (response.status === 404) throw nobodyCalled(who);
  if (response.status === 403) {
    throw new CliProblem(
      `Ons Plan op poort ${server.port} weigert deze opdracht: de sleutel in ${infoPath} hoort niet bij die server. ` +
        'Stop Ons Plan (Ctrl+C in het venster van npm start) en start het opnieuw met: npm start',
    );
  }
  if (response.status === 429) throw new CliProblem('Er zijn te veel codes tegelijk gevraagd. Wacht een minuut en probeer het opnieuw.');
  throw new CliProblem(`Ons Plan gaf een fout (${response.status}). Kijk in het venster van npm start wat er misging, en probeer het daarna opnieuw.`);
}
