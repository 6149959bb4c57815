import type { AccessLogGroupView, AccessLogPage, HelpersOverview } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
}, 120_000);
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const helpersUrl = () => `/api/v1/gezinnen/${jansen().id}/helpers`;

/** The member's log as her screen asks for it first: without her own views. */
async function logOf(agent: Agent): Promise<AccessLogGroupView[]> {
  await t.services.log.drain();
  const response = await agent.get(`/api/v1/gezinnen/${jansen().id}/logboek`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as AccessLogPage).groups;
}

const aboutHelp = (lines: AccessLogGroupView[]) =>
  lines.filter((l) => l.objectKind.startsWith('machtiging') || l.action === 'geweigerd').map((l) => ({ action: l.action, objectKind: l.objectKind, by: l.actor.name ?? l.actor.kind, me: l.actor.isMe, help: l.helpAgreement }));

describe(`the member's log of her helpers on ${testEngine()}`, () => {
  it('shows every grant, change, refusal and end of help with the helper, what she may do and until when, also Samira\'s own decisions', async () => {
    const samira = await t.as('samira');
    const ria = await t.as('ria');
    const riaId = ((await samira.get(helpersUrl())).json() as HelpersOverview).helpers.find((h) => h.helperName === 'Ria Bakker')!.delegationId;

    expect((await samira.post(`${helpersUrl()}/uitnodigingen`, { helperName: 'Sanne de Wit', scopes: ['reageren'], lastDay: '2027-02-24' })).statusCode).toBe(201);
    expect((await samira.patch(`${helpersUrl()}/${riaId}`, { scopes: [], lastDay: '2027-03-01' })).statusCode).toBe(200);
    // Ria may only read now: her comment is refused, in Samira's name.
    const comment = await ria.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Kan het later?', audience: 'zoals-onderdeel' });
    expect(comment.statusCode).toBe(403);

    // Ria reads Samira's log: her own help by name, Sanne's only as "a code".
    const asRia = aboutHelp(await logOf(ria));
    expect(asRia).toContainEqual({ action: 'wijzigen', objectKind: 'machtiging', by: 'Samira', me: false, help: { helper: 'Ria', scopes: ['lezen'], lastDay: '2027-03-01' } });
    expect(asRia).toContainEqual({ action: 'aanmaken', objectKind: 'machtiging-uitnodiging', by: 'Samira', me: false, help: { scopes: ['lezen', 'reageren'], lastDay: '2027-02-24' } });

    const fatima = await t.as('fatima');
    expect((await fatima.post(`${helpersUrl()}/${riaId}/beeindiging`, { reason: 'Ria is met verlof.' })).statusCode).toBe(204);

    const lines = aboutHelp(await logOf(samira));
    expect(lines).toEqual(
      expect.arrayContaining([
        { action: 'verwijderen', objectKind: 'machtiging', by: 'Fatima Yılmaz', me: false, help: { helper: 'Ria', scopes: ['lezen'], lastDay: '2027-03-01' } },
        { action: 'geweigerd', objectKind: 'handeling', by: 'Ria', me: false, help: undefined },
        { action: 'wijzigen', objectKind: 'machtiging', by: 'Samira', me: true, help: { helper: 'Ria', scopes: ['lezen'], lastDay: '2027-03-01' } },
        { action: 'aanmaken', objectKind: 'machtiging-uitnodiging', by: 'Samira', me: true, help: { helper: 'Sanne', scopes: ['lezen', 'reageren'], lastDay: '2027-02-24' } },
      ]),
    );
    expect(lines).toHaveLength(4);
    // The refusal names no route; nothing of this reaches another member's log.
    expect(JSON.stringify(lines)).not.toContain('/api/v1/');
    expect(aboutHelp(await logOf(await t.as('mark')))).toEqual([]);
  });
});
