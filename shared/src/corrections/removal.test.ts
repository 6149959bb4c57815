import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.ts';
import type { FamilyFacts, MemberFacts } from '../visibility/types.ts';
import { mayRequestRemoval } from './removal.ts';

const day = '2026-11-24';
const member = (id: string, role: MemberFacts['role'], birthDate: string | null, gezagOver: string[] = []): MemberFacts => ({
  id, role, birthDate, gezagOver, parentOf: gezagOver, generalInfoBlocked: false,
});
const family = (...members: MemberFacts[]): FamilyFacts => ({ familyId: 'f', members, contactverboden: [], parentAccessBlocked: [], ownerConsents: [], ownerChoices: [] });

describe('who may ask to remove data (A4)', () => {
  const facts = family(
    member('moeder', 'ouder', '1988-10-15', ['kind8', 'kind13']),
    member('vader', 'ouder', null, []),
    member('kind13', 'jeugdige', '2013-09-25'),
    member('kind8', 'jeugdige', '2018-10-25'),
    member('opa', 'netwerk', '1959-01-01'),
  );

  it.each([
    ['moeder', ['moeder'], true, 'data about herself'],
    ['moeder', ['kind8'], true, 'her child under 12, she has gezag'],
    ['moeder', ['kind13'], false, 'her child of 13 asks himself'],
    ['vader', ['kind8'], false, 'no gezag'],
    ['vader', ['vader', 'moeder'], true, 'data about him (and others: the professional weighs that)'],
    ['kind13', ['kind13'], true, 'a youth of 12 or older asks himself'],
    ['kind8', ['kind8'], false, 'under 12 cannot ask'],
    ['kind8', [], false, 'under 12 cannot ask, not even about the whole family'],
    ['opa', ['kind8'], false, 'not about him'],
    ['opa', [], true, 'about the whole family'],
    ['onbekend', [], false, 'not a member'],
  ])('%s about %o: %s (%s)', (requester, subjects, allowed) => {
    expect(mayRequestRemoval(facts, requester, subjects, day)).toBe(allowed);
  });

  it('a youth gets the right on the 12th birthday, and the parent loses it that same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const birthDate = '2014-11-24';
        const on = addDays('2026-11-24', offset);
        const f = family(member('ouder', 'ouder', '1980-01-01', ['kind']), member('kind', 'jeugdige', birthDate));
        const twelve = on >= '2026-11-24';
        expect(mayRequestRemoval(f, 'kind', ['kind'], on)).toBe(twelve);
        expect(mayRequestRemoval(f, 'ouder', ['kind'], on)).toBe(!twelve);
      }),
    );
  });
});
