import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { diffItems, publishNextVersion } from './plan-versions.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;

describe(`plan versions on ${testEngine()}`, () => {
  it('publishes a new version with the change; the old version stays; readers see the new one at once', async () => {
    const samira = await t.as('samira');
    const before = (await samira.get(`/api/v1/gezinnen/${jansen().id}/plan`)).json();
    const { number } = await t.db.transaction((tx) =>
      publishNextVersion(tx, jansen().id, t.userIdOf('fatima'), t.clock.now(), {
        items: [{ op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: 'Elke dinsdag' } }, { op: 'verwijderen', itemKey: itemKey('opa-belt') }],
      }),
    );
    expect(number).toBe(2);
    const after = (await samira.get(`/api/v1/gezinnen/${jansen().id}/plan`)).json();
    expect(after.version.number).toBe(2);
    expect(after.items.find((i: { key: string }) => i.key === itemKey('samen-praten')).when).toBe('Elke dinsdag');
    expect(after.items.some((i: { key: string }) => i.key === itemKey('opa-belt'))).toBe(false);
    const [old] = await t.db.query<{ n: number }>('select count(*)::int as n from plan_items where version_id = $1', [before.version.id]);
    expect(old!.n).toBe(jansen().plan.items.length);
  });

  it('an unknown item key changes nothing', async () => {
    await expect(
      t.db.transaction((tx) => publishNextVersion(tx, jansen().id, t.userIdOf('fatima'), t.clock.now(), { items: [{ op: 'verwijderen', itemKey: '00000000-0000-4000-8000-000000000000' }] })),
    ).rejects.toThrow();
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from plan_versions where family_id = $1', [jansen().id]);
    expect(row!.n).toBe(1);
  });
});

describe('diffItems', () => {
  const item = (itemKey: string, what: string) => ({ itemKey, what, section: 'veiligheid' as const, kind: 'afspraak' as const, who: '', when: '', where: null, whatIf: null, scale: null });
  it('names added, changed and removed items by key', () => {
    expect(diffItems([item('a', '1'), item('b', '2'), item('c', '3')], [item('a', '1'), item('b', '2!'), item('d', '4')])).toEqual({ added: ['d'], changed: ['b'], removed: ['c'] });
  });
});
