import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoFacts, demoViewers, demoWorld, memberIdOf } from '../demo/index.ts';
import { delegationArb, familyArb, familyId, memberIds } from './arbitraries.ts';
import { contactAnswerEnvelope, contactMessageEnvelope } from './contact-messages.ts';
import { decideFor } from './evaluate.ts';
import { writtenGuarded } from './written.ts';
import type { FamilyFacts, Guarded, Moment, RuleCode, Viewer } from './types.ts';

/**
 * Contact threads (issue 13, point 3) over the demo family: a member's private thread with the
 * professionals. Each cell is the rule that must decide for that person.
 */
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const world = demoWorld(at.day);
const jansen = world.families.find((f) => f.key === 'jansen')!;
const member = (key: string) => memberIdOf(jansen, key);

const code: Record<string, RuleCode> = {
  dg: 'direct-genoemd',
  pt: 'professional-toegewezen',
  cv: 'contactverbod',
  ap: 'alleen-professionals',
  u12: 'geen-account-onder-12',
  ag: 'ander-gezin',
  pn: 'professional-niet-toegewezen',
  bh: 'beheerder-ziet-geen-inhoud',
  eb: 'eigen-bijdrage',
  hv: 'hoort-bij-verborgen',
};

let n = 0;
function thread(writer: string) {
  n += 1;
  const first = writtenGuarded('contactbericht', `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, jansen.id, contactMessageEnvelope(member(writer)), []);
  const answer = (replier: string | null) => {
    n += 1;
    return writtenGuarded('contactbericht', `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`, jansen.id, contactAnswerEnvelope(first, replier && member(replier)), [first]);
  };
  return { first, answer };
}

const samira = thread('samira');
const mark = thread('mark');
const daan = thread('daan');
const noor = thread('noor');
const objects: Record<string, Guarded> = {
  'samira:vraag': samira.first,
  'samira:fatima-antwoordt': samira.answer(null),
  'samira:ria-namens-samira': samira.answer('samira'),
  'mark:vraag': mark.first,
  'mark:fatima-antwoordt': mark.answer(null),
  'daan:vraag': daan.first,
  'daan:fatima-antwoordt': daan.answer(null),
  'noor:vraag': noor.first,
  'noor:noor-antwoordt': noor.answer('noor'),
};

const grid = `
object                    samira mark noor daan mila henk willem peter fatima jeroen karim ria beheer
samira:vraag              eb     cv   ap   ap   u12  ap   ag     ag    pt     pt     pn    eb  bh
samira:fatima-antwoordt   dg     cv   hv   hv   u12  hv   ag     ag    pt     pt     pn    dg  bh
samira:ria-namens-samira  eb     cv   hv   hv   u12  hv   ag     ag    pt     pt     pn    eb  bh
mark:vraag                cv     eb   ap   ap   u12  ap   ag     ag    pt     pt     pn    cv  bh
mark:fatima-antwoordt     cv     dg   hv   hv   u12  hv   ag     ag    pt     pt     pn    cv  bh
daan:vraag                ap     ap   ap   eb   u12  ap   ag     ag    pt     pt     pn    ap  bh
daan:fatima-antwoordt     hv     hv   hv   dg   u12  hv   ag     ag    pt     pt     pn    hv  bh
noor:vraag                ap     ap   eb   ap   u12  ap   ag     ag    pt     pt     pn    ap  bh
noor:noor-antwoordt       hv     hv   eb   hv   u12  hv   ag     ag    pt     pt     pn    hv  bh
`;

const allows = new Set<RuleCode>(['eigen-bijdrage', 'direct-genoemd', 'professional-toegewezen']);

describe('contact threads over the demo family', () => {
  const viewers = demoViewers(world, at);
  const [header, ...rows] = grid.trim().split('\n').map((line) => line.trim().split(/\s+/));
  const people = header!.slice(1);

  it('covers every demo person and every object', () => {
    expect([...people].sort()).toEqual([...viewers.keys()].sort());
    expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(objects).sort());
  });

  for (const [object, ...cells] of rows) {
    cells.forEach((cell, i) => {
      const rule = code[cell]!;
      it(`${people[i]} × ${object}: ${rule}`, () => {
        const person = people[i]!;
        const family = world.families.find((f) => f.members.some((m) => m.key === person)) ?? jansen;
        expect(decideFor(viewers.get(person)!, demoFacts(family), at, objects[object!]!)).toEqual({ visible: allows.has(rule), rule, hiddenFields: [] });
      });
    });
  }
});

const runs = { numRuns: 1000 };
const asMember = (memberId: string): Viewer => ({ kind: 'member', userId: `u-${memberId}`, memberId, familyId });

describe('contact thread properties', () => {
  /** A thread by `writer` with some answers: by professionals (null) or by the writer (or her helper, as her). */
  const threadArb = fc.tuple(fc.constantFrom(...memberIds), fc.array(fc.boolean(), { maxLength: 4 })).map(([writer, byProfessional]) => {
    const first = writtenGuarded('contactbericht', 'eerste', familyId, contactMessageEnvelope(writer), []);
    const answers = byProfessional.map((pro, i) => writtenGuarded('contactbericht', `antwoord-${i}`, familyId, contactAnswerEnvelope(first, pro ? null : writer), [first]));
    return { writer, messages: [first, ...answers] };
  });

  const otherWithHelper = fc.constantFrom(...memberIds).chain((other) => fc.tuple(fc.constant(other), delegationArb(other, at.instant)));

  it('a member’s contact thread never reaches another member, nor a helper of another member, whatever the family', () => {
    fc.assert(
      fc.property(familyArb, threadArb, otherWithHelper, (family, { writer, messages }, [other, helper]) => {
        fc.pre(other !== writer);
        for (const message of messages) {
          expect(decideFor(asMember(other), family, at, message).visible).toBe(false);
          expect(decideFor({ kind: 'helper', userId: 'u-helper', delegation: helper }, family, at, message).visible).toBe(false);
        }
      }),
      runs,
    );
  });

  it('the writer and the professionals of the family read every message of her thread, unless a contactverbod or her age keeps her out', () => {
    fc.assert(
      fc.property(familyArb, threadArb, (family, { writer, messages }) => {
        const pro: Viewer = { kind: 'professional', userId: 'u-pro', familyIds: [familyId], roles: { [familyId]: 'betrokken' } };
        const own = decideFor(asMember(writer), family, at, messages[0]!);
        for (const message of messages) {
          expect(decideFor(pro, family, at, message).visible).toBe(true);
          // Who reads her first message reads every answer in it.
          expect(decideFor(asMember(writer), family, at, message).visible).toBe(own.visible);
        }
      }),
      runs,
    );
  });

  it('across a contactverbod nothing of the thread reaches the other member, also not a professional’s answer', () => {
    fc.assert(
      fc.property(familyArb, threadArb, fc.constantFrom(...memberIds), (family, { writer, messages }, other) => {
        fc.pre(other !== writer);
        const banned: FamilyFacts = { ...family, contactverboden: [...family.contactverboden, [writer, other]] };
        for (const message of messages) expect(decideFor(asMember(other), banned, at, message).visible).toBe(false);
      }),
      runs,
    );
  });
});
