import type { ToestemmingOverview, ToestemmingStateView, ToestemmingsverzoekWorkView } from '@onsplan/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toestemmingenPerMember } from './per-member.ts';

const members = [
  { memberId: 'm-samira', firstName: 'Samira' },
  { memberId: 'm-mark', firstName: 'Mark' },
  { memberId: 'm-daan', firstName: 'Daan' },
];

const state = (memberIndex: number, recipient: string): ToestemmingStateView => ({
  subject: members[memberIndex]!,
  recipient: { kind: 'organisatie', name: recipient },
  status: 'compleet',
  purpose: 'Zorg',
  validUntil: '2027-06-30',
  deciders: [],
  history: [],
});

const question = (memberIndex: number, id: string, status: ToestemmingsverzoekWorkView['status']): ToestemmingsverzoekWorkView => ({
  id,
  subject: members[memberIndex]!,
  organisation: 'GGD',
  purpose: 'Zorg',
  dataKinds: ['gezinsplan'],
  validUntil: '2027-06-30',
  askedBy: { name: 'Fatima' },
  askedAt: '2026-11-01T10:00:00.000Z',
  withdrawn: status === 'ingetrokken',
  status,
  answers: [],
});

const overview = (toestemmingen: ToestemmingStateView[]): ToestemmingOverview => ({
  subjects: members.map((m) => ({ ...m, band: 'volwassen', deciders: [{ memberId: m.memberId, firstName: m.firstName }], mayDecide: false })),
  toestemmingen,
});

describe('toestemmingen per member', () => {
  it('puts each toestemming and open question with the member whose data it is, in the order of the members', () => {
    const groups = toestemmingenPerMember(overview([state(2, 'School'), state(0, 'Huisarts'), state(2, 'GGD')]), [question(1, 'q1', 'open')]);
    expect(groups.map((g) => g.firstName)).toEqual(['Samira', 'Mark', 'Daan']);
    expect(groups[2]!.toestemmingen.map((s) => s.recipient.name)).toEqual(['School', 'GGD']);
    expect(groups[1]!.openQuestions.map((q) => q.id)).toEqual(['q1']);
    expect(groups[0]!.deciders).toEqual([{ memberId: 'm-samira', firstName: 'Samira' }]);
  });

  it('leaves out members with nothing to show, and questions that are no longer open', () => {
    const groups = toestemmingenPerMember(overview([state(0, 'Huisarts')]), [question(1, 'a', 'gegeven'), question(1, 'b', 'geweigerd'), question(2, 'c', 'ingetrokken')]);
    expect(groups.map((g) => g.firstName)).toEqual(['Samira']);
  });

  it('keeps a toestemming about a member the subjects list does not name', () => {
    const groups = toestemmingenPerMember({ subjects: [], toestemmingen: [state(1, 'Huisarts')] }, []);
    expect(groups).toEqual([{ memberId: 'm-mark', firstName: 'Mark', deciders: [], toestemmingen: [state(1, 'Huisarts')], openQuestions: [] }]);
  });

  it('loses nothing and invents nothing: every toestemming and open question appears once, under its member', () => {
    const statuses = ['open', 'gegeven', 'geweigerd', 'ingetrokken'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.string())),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...statuses))),
        (states, asked) => {
          const questions = asked.map(([m, s], i) => question(m, `q${i}`, s));
          const groups = toestemmingenPerMember(overview(states.map(([m, r]) => state(m, r))), questions);
          expect(groups.flatMap((g) => g.toestemmingen).length).toBe(states.length);
          expect(groups.flatMap((g) => g.openQuestions).length).toBe(questions.filter((q) => q.status === 'open').length);
          for (const g of groups) {
            expect(g.toestemmingen.every((s) => s.subject.memberId === g.memberId)).toBe(true);
            expect(g.openQuestions.every((q) => q.subject.memberId === g.memberId && q.status === 'open')).toBe(true);
            expect(g.toestemmingen.length + g.openQuestions.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
