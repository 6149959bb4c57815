import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * "Bekijk als" (issue 10): a professional of the family looks through a member's lens with the
 * header `Ons-Plan-Als: bekijk-als:<memberId>`. For every member with an account and every read a
 * member has, the preview answers field for field what the member gets himself. The only
 * difference allowed is in the access log: the lines the preview itself causes (action
 * 'bekijken-als', logged as the professional with the member as subject), which the member does
 * see, as he should.
 */
const reads = [
  '',
  '/plan',
  '/plan/versies',
  '/reacties',
  '/documenten',
  '/instemming',
  '/toestemmingen',
  '/correctieverzoeken',
  '/eigen-verklaringen',
  '/contactwijzigingen',
  '/logboek',
  '/synchronisatie?since=0',
];
const previews = [
  { family: 'jansen', professional: 'fatima', members: ['samira', 'mark', 'noor', 'daan', 'henk'] },
  { family: 'de-vries', professional: 'karim', members: ['willem', 'peter'] },
] as const;

let t: TestApp;
const agents = new Map<string, Agent>();
beforeAll(async () => {
  t = await testApp();
  for (const { professional, members } of previews) for (const key of [professional, ...members]) agents.set(key, await t.as(key));
  agents.set('ria', await t.as('ria'));
  await writeSomething();
}, 120_000);

/** Things people write, so every list has something in it that some members see and others do not. */
async function writeSomething() {
  const jansen = t.world.families.find((f) => f.key === 'jansen')!;
  const deVries = t.world.families.find((f) => f.key === 'de-vries')!;
  const item = (key: string) => jansen.plan.items.find((i) => i.key === key)!.id;
  const member = (key: string) => jansen.members.find((m) => m.key === key)!.id;
  const post = async (who: string, url: string, payload: Record<string, unknown>) => {
    const response = await agents.get(who)!.post(url, { clientId: randomUUID(), ...payload });
    expect(response.statusCode, `${who} ${url} ${response.body}`).toBeLessThan(300);
    return response.json();
  };
  const j = `/api/v1/gezinnen/${jansen.id}`;
  const samira = await post('samira', `${j}/reacties`, { itemKey: item('samen-praten'), audience: 'zoals-onderdeel', body: 'Ik wil eerst met Fatima praten.' });
  await post('fatima', `${j}/reacties/${samira.id}/antwoorden`, { body: 'Dat kan, Samira.' });
  await post('mark', `${j}/reacties`, { audience: 'zoals-onderdeel', body: 'Ik doe de training.' });
  await post('noor', `${j}/reacties`, { audience: 'alleen-professionals', body: 'Alleen voor Fatima.' });
  await post('ria', `${j}/reacties`, { audience: 'zoals-onderdeel', body: 'Namens Samira: graag een tolk.' });
  const asked = await post('mark', `${j}/correctieverzoeken`, { target: { kind: 'plan-item', id: item('training-mark') }, kind: 'wijzigen', proposedText: 'Op dinsdag.', reason: 'De dag klopt niet.' });
  await agents.get('fatima')!.post(`${j}/correctieverzoeken/${asked.id}/behandeling`, {});
  const upload = await agents.get('noor')!.request({
    method: 'PUT',
    url: `${j}/uploads/${randomUUID()}`,
    payload: Buffer.from(jpegPhoto()),
    headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'foto.jpg', 'x-document-audience': `leden:${member('daan')}` },
  });
  expect(upload.statusCode).toBe(201);
  await post('willem', `/api/v1/gezinnen/${deVries.id}/reacties`, { audience: 'zoals-onderdeel', body: 'Peter helpt met de post.' });
}
afterAll(async () => t.close());

type LogGroup = { action: string };
/** The access log without the lines that looking-as itself wrote. */
function withoutPreviewLines(body: { groups?: LogGroup[] } & Record<string, unknown>) {
  return { ...body, groups: body.groups?.filter((g) => g.action !== 'bekijken-als') };
}

describe('bekijk als: the preview is the member’s own view', () => {
  for (const { family, professional, members } of previews) {
    for (const key of members) {
      it(`${professional} as ${key}, every read`, async () => {
        const f = t.world.families.find((x) => x.key === family)!;
        const memberId = f.members.find((m) => m.key === key)!.id;
        const base = `/api/v1/gezinnen/${f.id}`;
        for (const path of reads) {
          // The preview first: the member's own read then already lists the preview's log lines.
          const preview = await agents.get(professional)!.request({ method: 'GET', url: base + path, headers: { 'ons-plan-als': `bekijk-als:${memberId}` } });
          const own = await agents.get(key)!.get(base + path);
          expect(own.statusCode, `${key} ${path}`).toBe(200);
          expect(preview.statusCode, `${professional} as ${key} ${path}`).toBe(200);
          if (path === '/logboek') {
            expect(withoutPreviewLines(preview.json()), path).toEqual(withoutPreviewLines(own.json()));
            expect(own.json().groups.some((g: LogGroup) => g.action === 'bekijken-als'), 'the member sees that someone looked as him').toBe(true);
          } else {
            expect(preview.json(), `${professional} as ${key} ${path}`).toEqual(own.json());
          }
        }
      });
    }
  }

  it('is logged as the professional, with the member as subject', async () => {
    const f = t.world.families.find((x) => x.key === 'jansen')!;
    const mark = f.members.find((m) => m.key === 'mark')!.id;
    const rows = await t.db.query<{ actorUserId: string; actorKind: string; subjects: string[]; objectKind: string }>(
      `select actor_user_id as "actorUserId", actor_kind as "actorKind", subject_member_ids as subjects, object_kind as "objectKind"
         from access_log where family_id = $1 and action = 'bekijken-als' and $2 = any(subject_member_ids)`,
      [f.id, mark],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ actorUserId: t.userIdOf('fatima'), actorKind: 'professional' });
    expect(rows.map((r) => r.objectKind)).toContain('plan');
  });
});
