import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * The delegation matrix (issue 11): every scope a member can give × every write route a member
 * has, with Ria helping Samira under exactly that scope (and `lezen`), and Samira herself. The
 * statuses are written out: 201 where the scope covers the route, 403 where it does not. A choice
 * about a child under 16 (instemming for Mila, toestemming for Daan's data) needs the explicit
 * extra scope. After the help ended, or once its end date passed, every route answers the 404 of
 * a family that does not exist, also sync.
 */

type Column = 'lezen' | 'reageren' | 'instemming' | 'toestemming' | 'verzoeken' | 'documenten' | 'instemming+kind' | 'toestemming+kind' | 'samira';

const scopesOf: Record<Exclude<Column, 'samira'>, string[]> = {
  lezen: ['lezen'],
  reageren: ['lezen', 'reageren'],
  instemming: ['lezen', 'instemming-geven'],
  toestemming: ['lezen', 'toestemming-geven'],
  verzoeken: ['lezen', 'verzoeken-doen'],
  documenten: ['lezen', 'documenten-delen'],
  'instemming+kind': ['lezen', 'instemming-geven', 'keuzes-voor-kinderen'],
  'toestemming+kind': ['lezen', 'toestemming-geven', 'keuzes-voor-kinderen'],
};

const matrix = `
route                      lezen  reageren  instemming  toestemming  verzoeken  documenten  instemming+kind  toestemming+kind  samira
reageren                   403    201       403         403          403        403         403              403               201
antwoorden                 403    201       403         403          403        403         403              403               201
instemmen                  403    403       201         403          403        403         201              403               201
instemmen-voor-mila        403    403       403         403          403        403         201              403               201
toestemming-geven          403    403       403         201          403        403         403              201               201
toestemming-voor-daan      403    403       403         403          403        403         403              201               201
correctieverzoek           403    403       403         403          201        403         403              403               201
contact-doorgeven          403    403       403         403          201        403         403              403               201
document-delen             403    403       403         403          403        201         403              403               201
`;

let t: TestApp;
let samira: Agent;
let ria: Agent;
let rootCommentId: string;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const family = () => `/api/v1/gezinnen/${jansen().id}`;
const itemId = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;

/** Each write route with a payload that is valid for Samira, so only the acting rules can refuse it. */
const writes: Record<string, (agent: Agent) => Promise<{ statusCode: number; body: string }>> = {
  reageren: (a) => a.post(`${family()}/reacties`, { clientId: randomUUID(), body: 'Samira wil dit later bespreken.', audience: 'zoals-onderdeel' }),
  antwoorden: (a) => a.post(`${family()}/reacties/${rootCommentId}/antwoorden`, { clientId: randomUUID(), body: 'Dat is goed.' }),
  instemmen: (a) => a.post(`${family()}/instemming`, { clientId: randomUUID(), versionId: jansen().plan.versionId, decision: 'eens' }),
  'instemmen-voor-mila': (a) => a.post(`${family()}/instemming`, { clientId: randomUUID(), versionId: jansen().plan.versionId, decision: 'eens', memberId: memberId('mila') }),
  'toestemming-geven': (a) => consent(a, 'samira'),
  'toestemming-voor-daan': (a) => consent(a, 'daan'),
  correctieverzoek: (a) =>
    a.post(`${family()}/correctieverzoeken`, { clientId: randomUUID(), target: { kind: 'plan-item', id: itemId('samen-praten') }, kind: 'wijzigen', proposedText: 'Zo is het beter.', reason: 'Dit klopt niet.' }),
  'contact-doorgeven': (a) => a.post(`${family()}/contactwijzigingen`, { clientId: randomUUID(), field: 'telefoon', phone: '06 12345678' }),
  'document-delen': (a) =>
    a.request({
      method: 'PUT',
      url: `${family()}/uploads/${randomUUID()}`,
      payload: Buffer.from(jpegPhoto()),
      headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'brief.jpg' },
    }),
};

function consent(agent: Agent, subject: string) {
  // Each decision is a later row; the test clock moves only when told.
  t.clock.advance(1000);
  return agent.post(`${family()}/toestemmingen`, {
    clientId: randomUUID(),
    subjectMemberId: memberId(subject),
    recipient: { kind: 'organisatie', name: 'Jeugdarts GGD' },
    purpose: 'Gegevens over groei en gezondheid delen',
    decision: 'gegeven',
    validUntil: '2027-12-31',
  });
}

function parse(text: string) {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const columns = header!.slice(1) as Column[];
  return rows.map(([route, ...cells]) => ({ route: route!, cells: cells.map((cell, i) => ({ column: columns[i]!, status: Number(cell) })) }));
}

async function setRiasDelegation(set: string, values: unknown[]): Promise<void> {
  await t.db.query(`update delegations set ${set} where helper_user_id = $1`, [t.userIdOf('ria'), ...values]);
  // The trigger would do this on its own; the test does not wait for the notification.
  t.services.directory.forget();
}

beforeAll(async () => {
  t = await testApp({ writeRateLimit: 10_000 });
  samira = await t.as('samira');
  ria = await t.as('ria');
  const root = await samira.post(`${family()}/reacties`, { clientId: randomUUID(), body: 'Kan het gesprek later?', audience: 'zoals-onderdeel' });
  rootCommentId = root.json().id;
}, 120_000);
afterAll(async () => t.close());

describe('the delegation matrix', () => {
  const rows = parse(matrix);

  it('covers every member write route and every scope', () => {
    expect(rows.map((r) => r.route).sort()).toEqual(Object.keys(writes).sort());
    expect(rows[0]!.cells.map((c) => c.column)).toEqual([...Object.keys(scopesOf), 'samira']);
  });

  for (const column of [...Object.keys(scopesOf), 'samira'] as Column[]) {
    it(`${column === 'samira' ? 'Samira herself' : `Ria with ${scopesOf[column].join(', ')}`}`, async () => {
      if (column !== 'samira') await setRiasDelegation('scopes = $2', [scopesOf[column]]);
      const agent = column === 'samira' ? samira : ria;
      for (const row of rows) {
        const expected = row.cells.find((c) => c.column === column)!.status;
        const response = await writes[row.route]!(agent);
        expect(response.statusCode, `${row.route} as ${column}: ${response.body}`).toBe(expected);
      }
    });
  }
});

describe('a delegation that ended', () => {
  const routes = ['GET sync', 'GET plan', ...Object.keys(writes)];

  async function everyRouteIsUnknown() {
    const unknown = await ria.get(`/api/v1/gezinnen/${randomUUID()}/plan`);
    for (const route of routes) {
      const response = route === 'GET sync' ? await ria.get(`${family()}/synchronisatie`) : route === 'GET plan' ? await ria.get(`${family()}/plan`) : await writes[route]!(ria);
      expect(response.statusCode, route).toBe(404);
      expect(response.body, route).toBe(unknown.body);
    }
  }

  it('after revocation: the 404 of a stranger on every route', async () => {
    await setRiasDelegation('scopes = $2, revoked_at = null, valid_until = $3', [Object.values(scopesOf).flat(), '2027-02-24T23:00:00.000Z']);
    expect((await ria.get(`${family()}/synchronisatie`)).statusCode).toBe(200);
    await setRiasDelegation('revoked_at = $2', [t.clock.now().toISOString()]);
    await everyRouteIsUnknown();
  });

  it('past its end date: the same 404', async () => {
    await setRiasDelegation('revoked_at = null, valid_until = $2', [t.clock.now().toISOString()]);
    await everyRouteIsUnknown();
  });
});
