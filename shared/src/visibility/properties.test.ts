import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseDay } from '../dates/calendar.ts';
import { delegationArb, familyArb, familyId, guardedArb, memberIds } from './arbitraries.ts';
import { decideFor } from './evaluate.ts';
import { memberRules } from './rules.ts';
import { commentEnvelope, consentQuestionEnvelope, eigenVerklaringEnvelope, replyEnvelope, writtenGuarded } from './written.ts';
import type { FamilyFacts, Guarded, Moment, Viewer } from './types.ts';

const runs = { numRuns: 1000 };
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const asMember = (memberId: string): Viewer => ({ kind: 'member', userId: `u-${memberId}`, memberId, familyId });

describe('visibility properties', () => {
  it('a helper never sees more than the member they act for', () => {
    const memberAndDelegation = fc.constantFrom(...memberIds).chain((memberId) => fc.tuple(fc.constant(memberId), delegationArb(memberId, at.instant)));
    fc.assert(
      fc.property(familyArb, guardedArb, memberAndDelegation, (family, object, [memberId, delegation]) => {
        const helper = decideFor({ kind: 'helper', userId: 'ria', delegation }, family, at, object);
        const member = decideFor(asMember(memberId), family, at, object);
        if (helper.visible) {
          expect(member.visible).toBe(true);
          expect(helper.hiddenFields).toEqual(expect.arrayContaining([...member.hiddenFields]));
        }
      }),
      runs,
    );
  });

  it('an afgeschermd object or field never reaches the member it is shielded from, nor their helper', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), (family, object, memberId) => {
        const shielded: Guarded = { ...object, shieldedFrom: [...object.shieldedFrom, memberId] };
        expect(decideFor(asMember(memberId), family, at, shielded).visible).toBe(false);
        const helper: Viewer = {
          kind: 'helper', userId: 'ria',
          delegation: { id: 'd', memberId, familyId, scopes: ['lezen'], validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revokedAt: null },
        };
        expect(decideFor(helper, family, at, shielded).visible).toBe(false);
        const fieldShielded: Guarded = { ...object, fieldShields: { ...object.fieldShields, where: [memberId] } };
        const decision = decideFor(asMember(memberId), family, at, fieldShielded);
        if (decision.visible) expect(decision.hiddenFields).toContain('where');
      }),
      runs,
    );
  });

  it('nothing by or about a banned contact reaches a member unless shared on purpose', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), (family, object, a, b) => {
        fc.pre(a !== b);
        const banned: FamilyFacts = { ...family, contactverboden: [...family.contactverboden, [a, b]] };
        const about: Guarded = { ...object, subjects: [...object.subjects, a], sharedAcrossContactverbod: false };
        expect(decideFor(asMember(b), banned, at, about).visible).toBe(false);
        const byA: Guarded = { ...object, authorMemberId: a, sharedAcrossContactverbod: false };
        expect(decideFor(asMember(b), banned, at, byA).visible).toBe(false);
      }),
      runs,
    );
  });

  it('what A writes never reaches B across a contactverbod, also when it hangs on an object shared across it', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, guardedArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), (family, written, target, a, b) => {
        fc.pre(a !== b);
        const banned: FamilyFacts = { ...family, contactverboden: [...family.contactverboden, [a, b]] };
        const sharedTarget: Guarded = { ...target, familyId, subjects: [...target.subjects, a, b], sharedAcrossContactverbod: true };
        const byA: Guarded = { ...written, familyId, authorMemberId: a, sharedAcrossContactverbod: false, dependsOn: [sharedTarget] };
        expect(decideFor(asMember(b), banned, at, byA).visible).toBe(false);
        const helperOfB: Viewer = { kind: 'helper', userId: 'ria', delegation: { id: 'd', memberId: b, familyId, scopes: ['lezen', 'reageren', 'instemming-geven', 'toestemming-geven', 'verzoeken-doen', 'documenten-delen'], validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z', revokedAt: null } };
        expect(decideFor(helperOfB, banned, at, byA).visible).toBe(false);
        // The envelope a member's comment, reply or eigen verklaring gets is never shared, whatever it hangs on.
        for (const envelope of [
          commentEnvelope(sharedTarget, a, new Set([b]), 'zoals-onderdeel'),
          replyEnvelope(sharedTarget, a, new Set([b])),
          eigenVerklaringEnvelope(sharedTarget, a, new Set([b])),
        ]) {
          expect(decideFor(asMember(b), banned, at, writtenGuarded('comment', written.id, familyId, envelope, [sharedTarget])).visible).toBe(false);
        }
      }),
      runs,
    );
  });

  it('a written object never reaches further than what it hangs on, and a reply never widens its thread', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, guardedArb, fc.option(fc.constantFrom(...memberIds), { nil: null }), fc.constantFrom(...memberIds), (family, item, root, replier, viewer) => {
        const thread: Guarded = { ...root, familyId, dependsOn: [{ ...item, familyId }] };
        const reply = writtenGuarded('comment', 'r', familyId, replyEnvelope(thread, replier, new Set()), [thread]);
        const sees = (o: Guarded) => decideFor(asMember(viewer), family, at, o).visible;
        if (sees(reply) && viewer !== replier) expect(sees(thread)).toBe(true);
        if (sees(thread) && viewer !== thread.authorMemberId) expect(sees({ ...item, familyId })).toBe(true);
      }),
      runs,
    );
  });

  it('an object addressed to a youth but not about her is never widened by her age rules', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), (family, object, youth, viewer) => {
        fc.pre(viewer !== youth);
        const notAbout: Guarded = { ...object, familyId, subjects: object.subjects.filter((id) => id !== youth) };
        const addressed: Guarded = { ...notAbout, audienceMembers: [...new Set([...notAbout.audienceMembers, youth])] };
        const withoutYouth: Guarded = { ...notAbout, audienceMembers: notAbout.audienceMembers.filter((id) => id !== youth) };
        if (decideFor(asMember(viewer), family, at, addressed).visible) expect(decideFor(asMember(viewer), family, at, withoutYouth).visible).toBe(true);
      }),
      runs,
    );
  });

  it('a question for toestemming reaches only its subject and deciders, never across a contactverbod with the subject', () => {
    const subset = fc.subarray([...memberIds]);
    fc.assert(
      fc.property(familyArb, fc.constantFrom(...memberIds), subset, fc.constantFrom(...memberIds), (family, subject, deciders, viewer) => {
        const question = writtenGuarded('toestemmingsverzoek', 'q', familyId, consentQuestionEnvelope(subject, deciders, family.contactverboden), []);
        if (!decideFor(asMember(viewer), family, at, question).visible) return;
        expect([subject, ...deciders]).toContain(viewer);
        expect(family.contactverboden.some(([a, b]) => (a === subject && b === viewer) || (b === subject && a === viewer))).toBe(false);
      }),
      runs,
    );
  });

  it('only the owner’s own toestemming opens her items to another member', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), (family, object, owner, viewer, givenBy) => {
        fc.pre(givenBy !== owner);
        const withConsent: FamilyFacts = { ...family, ownerConsents: [...family.ownerConsents, { ownerId: owner, viewerId: viewer, givenBy }] };
        const o: Guarded = { ...object, familyId };
        expect(decideFor(asMember(viewer), withConsent, at, o)).toEqual(decideFor(asMember(viewer), family, at, o));
      }),
      runs,
    );
  });

  it('a member never sees objects of another family, and a beheerder never sees content', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), (family, object, memberId) => {
        const other: Guarded = { ...object, familyId: 'f0000000-0000-4000-8000-000000000009' };
        expect(decideFor(asMember(memberId), family, at, other)).toMatchObject({ visible: false, rule: 'ander-gezin' });
        expect(decideFor({ kind: 'beheerder', userId: 'b' }, family, at, object).visible).toBe(false);
      }),
      runs,
    );
  });

  it('visible always comes from an allow rule, and hidden objects carry no field list', () => {
    const allowCodes = new Set(memberRules.filter((r) => r.effect === 'allow').map((r) => r.code));
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), (family, object, memberId) => {
        const d = decideFor(asMember(memberId), family, at, object);
        expect(d.visible).toBe(allowCodes.has(d.rule));
        if (!d.visible) expect(d.hiddenFields).toEqual([]);
      }),
      runs,
    );
  });
});

describe('birthdays change exactly the expected answers', () => {
  const parent = 'm1';
  const youth = 'm2';
  const other = 'm3';

  /** A family with one parent with gezag, one youth born on `birthDate`, and an unrelated adult. */
  const familyWith = (birthDate: string, opts: { blocked: boolean; consent: boolean }): FamilyFacts => ({
    familyId,
    members: [
      { id: parent, role: 'ouder', birthDate: '1985-03-03', gezagOver: [youth], parentOf: [youth], generalInfoBlocked: false },
      { id: youth, role: 'jeugdige', birthDate, gezagOver: [], parentOf: [], generalInfoBlocked: false },
      { id: other, role: 'volwassene', birthDate: '1970-07-07', gezagOver: [], parentOf: [], generalInfoBlocked: false },
    ],
    contactverboden: [],
    parentAccessBlocked: opts.blocked ? [youth] : [],
    ownerConsents: opts.consent ? [{ ownerId: youth, viewerId: parent, givenBy: youth }] : [],
    ownerChoices: [],
  });

  const birthday = (birthDate: string, years: number) => {
    const { year, month, date } = parseDay(birthDate);
    return `${year + years}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  };
  const moment = (day: string): Moment => ({ day, instant: `${day}T12:00:00.000Z` });
  const birthDateArb = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2000-01-01', n)).filter((d) => !d.endsWith('02-29'));

  it('crossing the 12th and 16th birthday changes the parent’s view of the youth’s own items only', () => {
    fc.assert(
      fc.property(birthDateArb, fc.boolean(), fc.boolean(), guardedArb, (birthDate, blocked, consent, unrelated) => {
        const family = familyWith(birthDate, { blocked, consent });
        const ownItem: Guarded = { ...unrelated, familyId, audience: 'leden', audienceMembers: [youth], subjects: [youth], authorMemberId: null, shieldedFrom: [], fieldShields: {} };
        const notAboutYouth: Guarded = { ...unrelated, familyId, audienceMembers: unrelated.audienceMembers.filter((id) => id !== youth) };
        const seen = (day: string, object: Guarded) => decideFor(asMember(parent), family, moment(day), object);

        const twelve = birthday(birthDate, 12);
        const sixteen = birthday(birthDate, 16);
        expect(seen(addDays(twelve, -1), ownItem).rule).toBe('kind-onder-12-via-gezag');
        expect(seen(twelve, ownItem).rule).toBe(blocked ? 'niet-in-publiek' : 'jeugdige-12-15-via-gezag');
        expect(seen(addDays(sixteen, -1), ownItem).rule).toBe(blocked ? 'niet-in-publiek' : 'jeugdige-12-15-via-gezag');
        expect(seen(sixteen, ownItem).rule).toBe(consent ? 'toestemming-van-eigenaar' : 'niet-in-publiek');

        for (const day of [twelve, sixteen]) {
          expect(seen(addDays(day, -1), notAboutYouth)).toEqual(seen(day, notAboutYouth));
        }
      }),
      runs,
    );
  });

  it('a youth gets an own view on the 12th birthday, not a day before', () => {
    fc.assert(
      fc.property(birthDateArb, guardedArb, (birthDate, object) => {
        const family = familyWith(birthDate, { blocked: false, consent: false });
        const twelve = birthday(birthDate, 12);
        const before = decideFor(asMember(youth), family, moment(addDays(twelve, -1)), { ...object, familyId });
        expect(before).toMatchObject({ visible: false, rule: 'geen-account-onder-12' });
        const on = decideFor(asMember(youth), family, moment(twelve), { ...object, familyId });
        expect(on.rule).not.toBe('geen-account-onder-12');
      }),
      runs,
    );
  });
});

describe('a youth’s own choices (Wat zien je ouders van jou?)', () => {
  const choiceArb = (objectId: string) =>
    fc.array(fc.record({ ownerId: fc.constantFrom(...memberIds), viewerId: fc.constantFrom(...memberIds), objectId: fc.constant(objectId), open: fc.boolean() }), { maxLength: 4 });
  /** 16 or 17 on `at`. */
  const sixteenArb = fc.integer({ min: 0, max: 2 * 365 - 1 }).map((n) => addDays('2008-11-25', n));
  const isParentOf = (family: FamilyFacts, viewer: string, owner: string) => {
    const v = family.members.find((m) => m.id === viewer);
    return v !== undefined && (v.parentOf.includes(owner) || v.gezagOver.includes(owner));
  };
  const isSixteen = (family: FamilyFacts, owner: string) => {
    const birthDate = family.members.find((m) => m.id === owner)?.birthDate;
    return birthDate !== null && birthDate !== undefined && birthDate <= '2010-11-24';
  };

  it('her closed item never reaches that parent, whatever else holds (only what he wrote himself he keeps)', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), fc.constantFrom(...memberIds), sixteenArb, (family, object, owner, parent, birthDate) => {
        fc.pre(owner !== parent);
        const o: Guarded = { ...object, familyId, subjects: [...new Set([...object.subjects, owner])], audienceMembers: [...new Set([...object.audienceMembers, owner])] };
        const withChoices = fc.sample(choiceArb(o.id), { numRuns: 1, seed: o.id.charCodeAt(0) })[0]!;
        const facts: FamilyFacts = {
          ...family,
          members: family.members.map((m) =>
            m.id === owner ? { ...m, birthDate } : m.id === parent ? { ...m, role: 'ouder', parentOf: [...m.parentOf, owner], gezagOver: [...m.gezagOver, owner] } : m,
          ),
          ownerConsents: [...family.ownerConsents, { ownerId: owner, viewerId: parent, givenBy: owner }],
          ownerChoices: [...withChoices, { ownerId: owner, viewerId: parent, objectId: o.id, open: false }],
        };
        const decision = decideFor(asMember(parent), facts, at, o);
        if (decision.visible) expect([decision.rule, o.authorMemberId]).toEqual(['eigen-bijdrage', parent]);
      }),
      runs,
    );
  });

  it('nothing she chooses opens anything but her own objects of 16+ to her own parents', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), sixteenArb, (family, object, viewer, birthDate) => {
        const o: Guarded = { ...object, familyId };
        // Some members are 16 or 17, so that choices can count at all.
        const aged: FamilyFacts = { ...family, members: family.members.map((m, i) => (i % 2 === 0 ? { ...m, birthDate } : m)) };
        const choices = fc.sample(choiceArb(o.id), { numRuns: 1, seed: o.id.charCodeAt(1) })[0]!;
        const before = decideFor(asMember(viewer), aged, at, o);
        const after = decideFor(asMember(viewer), { ...aged, ownerChoices: choices }, at, o);
        if (!after.visible || before.visible) return;
        const owners = o.audienceMembers.filter((id) => o.subjects.includes(id));
        const openedBy = choices.filter((c) => c.open && c.viewerId === viewer && owners.includes(c.ownerId)).map((c) => c.ownerId);
        expect(after.rule).toBe('eigen-keuze-open');
        expect(openedBy.some((owner) => isParentOf(aged, viewer, owner) && isSixteen(aged, owner))).toBe(true);
      }),
      runs,
    );
  });

  it('her choices never change what anyone sees of objects not hers', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.constantFrom(...memberIds), sixteenArb, (family, object, viewer, birthDate) => {
        const aged: FamilyFacts = { ...family, members: family.members.map((m) => ({ ...m, birthDate })) };
        // Nobody is both subject and addressee: the object is no one's own.
        const o: Guarded = { ...object, familyId, audienceMembers: object.audienceMembers.filter((id) => !object.subjects.includes(id)) };
        const choices = fc.sample(choiceArb(o.id), { numRuns: 1, seed: o.id.charCodeAt(2) })[0]!;
        expect(decideFor(asMember(viewer), { ...aged, ownerChoices: choices }, at, o)).toEqual(decideFor(asMember(viewer), aged, at, o));
      }),
      runs,
    );
  });
});
