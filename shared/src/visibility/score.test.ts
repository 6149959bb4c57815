import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoFacts, demoObjects, demoViewers, demoWorld, memberIdOf } from '../demo/index.ts';
import { familyArb, familyId, guardedArb, memberIds } from './arbitraries.ts';
import { decideFor } from './evaluate.ts';
import { scoreEnvelope, scoreGuarded, type ScoreReaders } from './score.ts';
import type { FamilyFacts, Guarded, Moment, RuleCode, Viewer } from './types.ts';

const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const runs = { numRuns: 1000 };

/**
 * Scores of the youths, written out over the demo family. The demo plan has no doel for Noor or
 * Daan, so these hang on a doel for the whole family (the envelope of "samen-praten"): everyone can
 * read the doel, so only the score's own envelope decides.
 */
describe('a youth’s score per reader', () => {
  const world = demoWorld(at.day);
  const jansen = world.families[0]!;
  const facts = demoFacts(jansen);
  const viewers = demoViewers(world, at);
  const objects = demoObjects(jansen);
  const member = (key: string) => memberIdOf(jansen, key);
  const doel: Guarded = { ...objects.get('item:samen-praten')!, id: 'doel-samen' };
  const banned = (key: string) => new Set(jansen.contactverboden.flatMap(([a, b]) => (a === key ? [member(b)] : b === key ? [member(a)] : [])));
  const score = (writer: string, readers: ScoreReaders) => scoreGuarded('score-1', jansen.id, scoreEnvelope(member(writer), readers, banned(writer)), [objects.get('plan')!, doel]);
  const consentOf = (owner: string, viewer: string) => ({ ownerId: member(owner), viewerId: member(viewer), givenBy: member(owner) });

  const rows: { says: string; writer: string; readers: string[]; facts?: Partial<FamilyFacts>; expect: Record<string, RuleCode> }[] = [
    {
      says: 'Daan (13), default: his parents with gezag do not read it',
      writer: 'daan',
      readers: [],
      expect: { daan: 'eigen-bijdrage', samira: 'alleen-professionals', mark: 'alleen-professionals', noor: 'alleen-professionals', fatima: 'professional-toegewezen', ria: 'alleen-professionals' },
    },
    {
      says: 'Daan (13) chose Samira: Samira (and her helper) read it, Mark does not',
      writer: 'daan',
      readers: ['samira'],
      expect: { samira: 'direct-genoemd', ria: 'direct-genoemd', mark: 'niet-in-publiek', noor: 'niet-in-publiek', jeroen: 'professional-toegewezen' },
    },
    {
      says: 'Noor (16) gave both parents toestemming for her own items: a score stays hers',
      writer: 'noor',
      readers: [],
      facts: { ownerConsents: [consentOf('noor', 'samira'), consentOf('noor', 'mark')] },
      expect: { noor: 'eigen-bijdrage', samira: 'alleen-professionals', mark: 'alleen-professionals' },
    },
    {
      says: 'Samira named Mark: the contactverbod leaves him out, so only the professionals read it',
      writer: 'samira',
      readers: ['mark'],
      expect: { samira: 'eigen-bijdrage', mark: 'contactverbod', noor: 'alleen-professionals', fatima: 'professional-toegewezen' },
    },
    {
      says: 'Mark named Noor: Noor reads it, Samira never (contactverbod)',
      writer: 'mark',
      readers: ['noor'],
      expect: { noor: 'direct-genoemd', samira: 'contactverbod', ria: 'contactverbod', daan: 'niet-in-publiek' },
    },
  ];

  for (const row of rows) {
    const readers: ScoreReaders = row.readers.length ? { kind: 'leden', memberIds: row.readers.map(member) } : { kind: 'professionals' };
    for (const [viewer, rule] of Object.entries(row.expect)) {
      it(`${row.says}: ${viewer} is ${rule}`, () => {
        const decision = decideFor(viewers.get(viewer)!, { ...facts, ...row.facts }, at, score(row.writer, readers));
        expect(decision.rule).toBe(rule);
        expect(decision.visible).toBe(['eigen-bijdrage', 'direct-genoemd', 'professional-toegewezen'].includes(rule));
      });
    }
  }

  it('a score is not shared across a contactverbod because its doel is', () => {
    const shared = objects.get('item:niet-bij-huis')!;
    const onShared = scoreGuarded('score-2', jansen.id, scoreEnvelope(member('samira'), { kind: 'professionals' }, banned('samira')), [objects.get('plan')!, shared]);
    expect(onShared.sharedAcrossContactverbod).toBe(false);
    expect(decideFor(viewers.get('mark')!, facts, at, onShared).rule).toBe('contactverbod');
  });
});

const asMember = (memberId: string): Viewer => ({ kind: 'member', userId: `u-${memberId}`, memberId, familyId });
const readersArb: fc.Arbitrary<ScoreReaders> = fc.oneof(
  fc.constant<ScoreReaders>({ kind: 'professionals' }),
  fc.subarray([...memberIds]).map((ids): ScoreReaders => ({ kind: 'leden', memberIds: ids })),
);
const bannedOf = (family: FamilyFacts, id: string) => new Set(family.contactverboden.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : [])));
/** Any score in any family, hanging on any doel of that family. */
const scoreCase = fc.tuple(familyArb, guardedArb, fc.constantFrom(...memberIds), readersArb).map(([family, doel, writer, readers]) => {
  const score = scoreGuarded('s', familyId, scoreEnvelope(writer, readers, bannedOf(family, writer)), [{ ...doel, familyId }]);
  return { family, writer, readers, score };
});

describe('score properties', () => {
  it('a score for the professionals only never reaches any member but its writer', () => {
    fc.assert(
      fc.property(scoreCase, fc.constantFrom(...memberIds), ({ family, writer, score }, viewer) => {
        fc.pre(score.audience === 'professionals' && viewer !== writer);
        expect(decideFor(asMember(viewer), family, at, score).visible).toBe(false);
      }),
      runs,
    );
  });

  it('nothing of a score crosses a contactverbod with its writer, whatever she chose', () => {
    fc.assert(
      fc.property(scoreCase, ({ family, writer, score }) => {
        for (const banned of bannedOf(family, writer)) expect(decideFor(asMember(banned), family, at, score).visible).toBe(false);
      }),
      runs,
    );
  });

  it('a member other than the writer reads a score only when the writer named her', () => {
    fc.assert(
      fc.property(scoreCase, fc.constantFrom(...memberIds), ({ family, writer, readers, score }, viewer) => {
        fc.pre(viewer !== writer);
        const named = readers.kind === 'leden' && readers.memberIds.includes(viewer);
        // Her parents with gezag, a parent she gave toestemming: none of them reads it without her choice.
        if (decideFor(asMember(viewer), family, at, score).visible) expect(named).toBe(true);
      }),
      runs,
    );
  });

  it('a score never reaches further than its doel', () => {
    fc.assert(
      fc.property(scoreCase, fc.constantFrom(...memberIds), ({ family, score }, viewer) => {
        if (decideFor(asMember(viewer), family, at, score).visible && score.authorMemberId !== viewer) {
          expect(score.dependsOn!.every((d) => decideFor(asMember(viewer), family, at, d).visible)).toBe(true);
        }
      }),
      runs,
    );
  });
});
