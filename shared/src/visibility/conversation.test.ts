import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoFacts, demoObjects, demoViewers, demoWorld, memberIdOf } from '../demo/index.ts';
import { decideFor } from './evaluate.ts';
import type { Guarded, Moment } from './types.ts';
import { conversationEnvelope, replyEnvelope, writtenGuarded, type ConversationAddressees } from './written.ts';

/**
 * A conversation a professional starts reaches exactly whom she addressed (and their helpers), the
 * professionals of the family, and nobody else: checked over every set of Jansen members by their
 * own lenses, as the API decides it.
 */
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const world = demoWorld(at.day);
const jansen = world.families.find((f) => f.key === 'jansen')!;
const facts = demoFacts(jansen);
const objects = demoObjects(jansen);
const viewers = demoViewers(world, at);
// Besides Ria (who may help Samira), a helper who may only read for Samira: she reads what Samira reads.
viewers.set('ria-lezen', {
  kind: 'helper',
  userId: 'user-ria-lezen',
  delegation: { id: 'd-lezen', memberId: memberIdOf(jansen, 'samira'), familyId: jansen.id, scopes: ['lezen'], validFrom: '2026-11-01T00:00:00.000Z', validUntil: '2027-02-01T00:00:00.000Z', revokedAt: null },
});
const plan = objects.get('plan')!;
const helpersOf: Record<string, string[]> = { samira: ['ria', 'ria-lezen'] };
const professionals = ['fatima', 'jeroen'];

function thread(addressees: ConversationAddressees, on: Guarded = plan): Guarded {
  const dependsOn = on === plan ? [plan] : [plan, on];
  return writtenGuarded('comment', 'gesprek', jansen.id, conversationEnvelope(on, addressees), dependsOn);
}

function readers(object: Guarded): string[] {
  return [...viewers.entries()].filter(([, viewer]) => decideFor(viewer, facts, at, object).visible).map(([key]) => key).sort();
}

const members = ['samira', 'mark', 'noor', 'daan', 'henk'];
const banned = (keys: string[]) => keys.includes('samira') && keys.includes('mark');

describe('a conversation a professional starts', () => {
  it('named members: exactly them, their helpers and the professionals', () => {
    fc.assert(
      fc.property(fc.subarray(members, { minLength: 1 }).filter((keys) => !banned(keys)), (keys) => {
        const object = thread({ kind: 'leden', memberIds: keys.map((k) => memberIdOf(jansen, k)) });
        const expected = [...keys, ...keys.flatMap((k) => helpersOf[k] ?? []), ...professionals].sort();
        expect(readers(object)).toEqual(expected);
      }),
    );
  });

  it('to Samira never reaches Mark across the contactverbod, nor her children through their parents', () => {
    expect(readers(thread({ kind: 'leden', memberIds: [memberIdOf(jansen, 'samira')] }))).toEqual(['fatima', 'jeroen', 'ria', 'ria-lezen', 'samira']);
    // Noor (16) and Daan (13) are readers, not owners: Mark's gezag does not pass their thread to him.
    expect(readers(thread({ kind: 'leden', memberIds: [memberIdOf(jansen, 'daan')] }))).toEqual(['daan', 'fatima', 'jeroen']);
  });

  it('about an item, it keeps the item\'s subjects: addressed to Mark, a thread about Samira\'s item is hidden from him', () => {
    const item = objects.get('item:veilig-thuis-samira')!;
    expect(item.subjects).toContain(memberIdOf(jansen, 'samira'));
    expect(readers(thread({ kind: 'leden', memberIds: [memberIdOf(jansen, 'mark')] }, item))).not.toContain('mark');
  });

  it('all adults and the whole family follow the evaluator\'s group rules', () => {
    expect(readers(thread({ kind: 'volwassenen' }))).toEqual(['fatima', 'jeroen', 'mark', 'ria', 'ria-lezen', 'samira']);
    expect(readers(thread({ kind: 'gezin' }))).toEqual(['daan', 'fatima', 'jeroen', 'mark', 'noor', 'ria', 'ria-lezen', 'samira']);
  });

  it("a member's answer in the thread never reaches further than the thread, nor her contactverbod partner", () => {
    const root = thread({ kind: 'volwassenen' });
    const samira = memberIdOf(jansen, 'samira');
    const answer = writtenGuarded('comment', 'antwoord', jansen.id, replyEnvelope(root, samira, new Set([memberIdOf(jansen, 'mark')])), [root]);
    expect(readers(answer)).toEqual(['fatima', 'jeroen', 'ria', 'ria-lezen', 'samira']);
  });
});
