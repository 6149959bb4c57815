import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoFacts, demoViewers, demoWorld, memberIdOf } from '../demo/index.ts';
import { appointmentEnvelope, appointmentPlaceField, moveRequestGuarded, participantsAcrossContactverbod } from './appointment.ts';
import { familyArb, familyId, memberIds } from './arbitraries.ts';
import { decideFor } from './evaluate.ts';
import type { FamilyFacts, Guarded, Moment, RuleCode, Viewer } from './types.ts';
import { writtenGuarded } from './written.ts';

const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const world = demoWorld(at.day);
const jansen = world.families.find((f) => f.key === 'jansen')!;
const facts = demoFacts(jansen);
const viewers = demoViewers(world, at);
const id = (key: string) => memberIdOf(jansen, key);

function appointment(participants: string[], placeShieldedFrom: string[] = []): Guarded {
  const envelope = appointmentEnvelope(participants.map(id), facts.contactverboden, placeShieldedFrom.map(id));
  return writtenGuarded('afspraak', 'afspraak-1', jansen.id, envelope, []);
}

const code: Record<string, RuleCode> = { eb: 'eigen-bijdrage', ap: 'alleen-professionals', cv: 'contactverbod', hv: 'hoort-bij-verborgen', dg: 'direct-genoemd', nw: 'netwerk-alleen-eigen-afspraken', af: 'afgeschermd', np: 'niet-in-publiek', u12: 'geen-account-onder-12', pt: 'professional-toegewezen', ag: 'ander-gezin', pn: 'professional-niet-toegewezen', bh: 'beheerder-ziet-geen-inhoud' };
const allows = new Set<RuleCode>(['direct-genoemd', 'professional-toegewezen', 'eigen-bijdrage']);

/** Appointments over the demo family: who takes part (and whose place is hidden) decides who sees it. */
const grid = `
afspraak            samira     mark  noor  daan  mila  henk  willem  peter  fatima  jeroen  karim  ria        beheer
samira              dg         af    np    np    u12   nw    ag      ag     pt      pt      pn     dg         bh
mark                af         dg    np    np    u12   nw    ag      ag     pt      pt      pn     af         bh
noor                np         np    dg    np    u12   nw    ag      ag     pt      pt      pn     np         bh
daan                np         np    np    dg    u12   nw    ag      ag     pt      pt      pn     np         bh
samira+noor         dg         af    dg    np    u12   nw    ag      ag     pt      pt      pn     dg         bh
mark+henk           af         dg    np    np    u12   dg    ag      ag     pt      pt      pn     af         bh
samira+noor/samira  dg[place]  af    dg    np    u12   nw    ag      ag     pt      pt      pn     dg[place]  bh
`;

describe('appointment grid over the demo families', () => {
  const [header, ...rows] = grid.trim().split('\n').map((line) => line.trim().split(/\s+/));
  for (const [key, ...cells] of rows) {
    const [who, shielded] = key!.split('/');
    const object = appointment(who!.split('+'), shielded ? shielded.split('+') : []);
    cells.forEach((cell, i) => {
      const viewer = header![i + 1]!;
      const [, rule, hidden] = /^(\w+)(?:\[([\w,]+)\])?$/.exec(cell)!;
      it(`${viewer} × afspraak met ${key}: ${code[rule!]}`, () => {
        const decision = decideFor(viewers.get(viewer)!, facts, at, object);
        expect(decision).toEqual({ visible: allows.has(code[rule!]!), rule: code[rule!], hiddenFields: hidden ? hidden.split(',') : [] });
      });
    });
  }

  it('finds participants on both sides of a contactverbod', () => {
    expect(participantsAcrossContactverbod([id('samira'), id('mark'), id('noor')], facts.contactverboden)).toEqual([[id('samira'), id('mark')]].map((pair) => expect.arrayContaining(pair)));
    expect(participantsAcrossContactverbod([id('samira'), id('noor')], facts.contactverboden)).toEqual([]);
  });
});

/**
 * Move requests ("Ik kan niet, kan het op een ander moment?") over the demo family: `asker@participants`.
 * Only the asker (and Ria, Samira's helper, for her) and the professionals read one; another
 * participant of the same appointment does not.
 */
const moveGrid = `
verzoek              samira  mark  noor  daan  mila  henk  willem  peter  fatima  jeroen  karim  ria  beheer
samira@samira+noor   eb      cv    ap    hv    u12   hv    ag      ag     pt      pt      pn     eb   bh
noor@samira+noor     ap      hv    eb    hv    u12   hv    ag      ag     pt      pt      pn     ap   bh
mark@mark+henk       cv      eb    hv    hv    u12   ap    ag      ag     pt      pt      pn     cv   bh
`;

describe('move request grid over the demo family', () => {
  const [header, ...rows] = moveGrid.trim().split('\n').map((line) => line.trim().split(/\s+/));
  for (const [key, ...cells] of rows) {
    const [asker, who] = key!.split('@');
    const object = moveRequestGuarded('verzoek-1', jansen.id, id(asker!), facts.contactverboden, appointment(who!.split('+')));
    cells.forEach((cell, i) => {
      const viewer = header![i + 1]!;
      it(`${viewer} × verzoek van ${key}: ${code[cell]}`, () => {
        expect(decideFor(viewers.get(viewer)!, facts, at, object)).toEqual({ visible: allows.has(code[cell]!), rule: code[cell], hiddenFields: [] });
      });
    });
  }
});

describe('appointment properties', () => {
  const runs = { numRuns: 1000 };
  const asMember = (memberId: string): Viewer => ({ kind: 'member', userId: `u-${memberId}`, memberId, familyId });
  const participantsArb = fc.subarray([...memberIds]);
  const guarded = (family: FamilyFacts, participants: string[], placeShieldedFrom: string[] = [], cancelled = false) =>
    writtenGuarded('afspraak', 'a', familyId, appointmentEnvelope(participants, family.contactverboden, placeShieldedFrom, { cancelled }), []);

  it('a cancelled appointment reaches no member, and still the professionals', () => {
    const fatima: Viewer = viewers.get('fatima')!;
    fc.assert(
      fc.property(familyArb, participantsArb, fc.constantFrom(...memberIds), (family, participants, viewer) => {
        expect(decideFor(asMember(viewer), family, at, guarded(family, participants, [], true)).visible).toBe(false);
      }),
      runs,
    );
    expect(decideFor(fatima, facts, at, writtenGuarded('afspraak', 'a', jansen.id, appointmentEnvelope([id('samira')], facts.contactverboden, [], { cancelled: true }), [])).visible).toBe(true);
  });

  it('an appointment never reaches a member who does not take part', () => {
    fc.assert(
      fc.property(familyArb, participantsArb, fc.constantFrom(...memberIds), (family, participants, viewer) => {
        fc.pre(!participants.includes(viewer));
        expect(decideFor(asMember(viewer), family, at, guarded(family, participants)).visible).toBe(false);
      }),
      runs,
    );
  });

  it('nothing crosses a contactverbod, also when both sides were named', () => {
    fc.assert(
      fc.property(familyArb, participantsArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), (family, participants, a, b) => {
        fc.pre(a !== b);
        const banned: FamilyFacts = { ...family, contactverboden: [...family.contactverboden, [a, b]] };
        const withA = guarded(banned, [...participants, a]);
        expect(decideFor(asMember(b), banned, at, withA).visible).toBe(false);
      }),
      runs,
    );
  });

  it('a move request never reaches a member other than its asker, also not across a contactverbod', () => {
    fc.assert(
      fc.property(familyArb, participantsArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), fc.boolean(), (family, participants, asker, viewer, cancelled) => {
        const request = moveRequestGuarded('v', familyId, asker, family.contactverboden, guarded(family, [...participants, asker], [], cancelled));
        const decision = decideFor(asMember(viewer), family, at, request);
        if (viewer !== asker) expect(decision.visible).toBe(false);
      }),
      runs,
    );
  });

  it('a move request reaches its asker while she takes part', () => {
    fc.assert(
      fc.property(familyArb, participantsArb, fc.constantFrom(...memberIds), (family, participants, asker) => {
        const appointmentFor = guarded(family, [...participants, asker]);
        fc.pre(decideFor(asMember(asker), family, at, appointmentFor).visible);
        expect(decideFor(asMember(asker), family, at, moveRequestGuarded('v', familyId, asker, family.contactverboden, appointmentFor)).visible).toBe(true);
      }),
      runs,
    );
  });

  it('a shielded place never reaches the shielded member', () => {
    fc.assert(
      fc.property(familyArb, participantsArb, fc.subarray([...memberIds]), (family, participants, shielded) => {
        const object = guarded(family, participants, shielded);
        for (const memberId of shielded) {
          const decision = decideFor(asMember(memberId), family, at, object);
          if (decision.visible) expect(decision.hiddenFields).toContain(appointmentPlaceField);
        }
      }),
      runs,
    );
  });
});
