import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, parseDay, type Day } from '../dates/calendar.ts';
import type { FamilyFacts, MemberFacts, MemberRole } from '../visibility/types.ts';
import { ageBandOn, instemmingDeciders, instemmingenGivenBy, toestemmingDeciders, toestemmingenDecidedBy } from './deciders.ts';

const member = (id: string, role: MemberRole, birthDate: Day | null, gezagOver: string[] = []): MemberFacts => ({
  id, role, birthDate, gezagOver, parentOf: gezagOver, generalInfoBlocked: false,
});

const family = (members: MemberFacts[]): FamilyFacts => ({ familyId: 'f', members, contactverboden: [], parentAccessBlocked: [], ownerConsents: [], ownerChoices: [] });

const today = '2026-11-24';
// The demo family: two parents with gezag, Noor 16, Daan 13, Mila 8, grandfather Henk, and a father without gezag.
const demo = family([
  member('samira', 'ouder', '1988-10-15', ['noor', 'daan', 'mila']),
  member('mark', 'ouder', '1985-07-27', ['noor', 'daan', 'mila']),
  member('noor', 'jeugdige', '2010-08-16'),
  member('daan', 'jeugdige', '2013-09-25'),
  member('mila', 'jeugdige', '2018-10-25'),
  member('henk', 'netwerk', '1959-05-08'),
  member('sander', 'ouder', '1980-01-01'),
  member('zonder-datum', 'jeugdige', null),
]);

describe('who decides', () => {
  it.each([
    ['samira', 'volwassen', ['samira'], ['samira']],
    ['noor', '16-17', ['noor'], ['noor']],
    ['daan', '12-15', ['daan', 'samira', 'mark'], ['daan']],
    ['mila', 'onder-12', ['samira', 'mark'], ['samira', 'mark']],
    ['henk', 'volwassen', ['henk'], ['henk']],
    ['sander', 'volwassen', ['sander'], []],
    ['zonder-datum', '12-15', ['zonder-datum'], ['zonder-datum']],
    ['onbekend', 'volwassen', [], []],
  ])('%s: band %s, toestemming by %j, instemming by %j', (id, band, toestemming, instemming) => {
    const found = demo.members.find((m) => m.id === id);
    if (found) expect(ageBandOn(found, today)).toBe(band);
    expect(toestemmingDeciders(demo, id, today).required).toEqual(toestemming);
    expect(instemmingDeciders(demo, id, today)).toEqual(instemming);
  });

  it.each([
    ['samira', ['samira', 'mila'], ['samira', 'daan', 'mila']],
    ['mark', ['mark', 'mila'], ['mark', 'daan', 'mila']],
    ['noor', ['noor'], ['noor']],
    ['daan', ['daan'], ['daan']],
    ['sander', [], ['sander']],
  ])('%s answers instemming for %j and decides toestemming for %j', (id, instemming, toestemming) => {
    expect(instemmingenGivenBy(demo, id, today)).toEqual(instemming);
    expect(toestemmingenDecidedBy(demo, id, today)).toEqual(toestemming);
  });

  it('a child under 12 without parents with gezag in the family has nobody who can decide', () => {
    const alone = family([member('kind', 'jeugdige', '2020-01-01'), member('vader', 'ouder', '1980-01-01')]);
    expect(toestemmingDeciders(alone, 'kind', today).required).toEqual([]);
    expect(instemmingDeciders(alone, 'kind', today)).toEqual([]);
  });
});

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day someone born on `born` turns `years`, worked out apart from `ageOn`: 29 February falls on 1 March in common years. */
function birthday(born: Day, years: number): Day {
  const { year, month, date } = parseDay(born);
  const target = year + years;
  if (month === 2 && date === 29 && !isLeap(target)) return `${target}-03-01`;
  return `${target}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

const leapBirthDays = fc.constantFrom(2000, 2004, 2008, 2012, 2016).map((y) => `${y}-02-29`);
const anyBirthDay = fc.integer({ min: 0, max: 365 * 25 }).map((n) => addDays('2000-01-01', n));
const birthDayArb = fc.oneof(anyBirthDay, leapBirthDays);
const parentIds = ['p1', 'p2', 'p3'] as const;

describe('rights change exactly on the 12th and 16th birthday (B1, B5)', () => {
  it('holds for any birth date, including 29 February, and any gezag combination', () => {
    fc.assert(
      fc.property(birthDayArb, fc.subarray([...parentIds]), fc.subarray([...parentIds]), fc.integer({ min: -3, max: 3 }), (born, withGezag, withoutGezagRole, offset) => {
        const members = [
          member('kind', 'jeugdige', born),
          ...parentIds.map((p) => member(p, withGezag.includes(p) || !withoutGezagRole.includes(p) ? 'ouder' : 'netwerk', '1970-01-01', withGezag.includes(p) ? ['kind'] : [])),
        ];
        const f = family(members);
        const parents = parentIds.filter((p) => withGezag.includes(p));
        for (const years of [12, 16]) {
          const day = addDays(birthday(born, years), offset);
          const turned = offset >= 0;
          const required = toestemmingDeciders(f, 'kind', day).required;
          const instemming = instemmingDeciders(f, 'kind', day);
          if (years === 12) {
            expect(required).toEqual(turned ? ['kind', ...parents] : parents);
            expect(instemming).toEqual(turned ? ['kind'] : parents);
          } else {
            expect(required).toEqual(turned ? ['kind'] : ['kind', ...parents]);
            expect(instemming).toEqual(['kind']);
          }
          // A parent without gezag never decides, at any age.
          for (const p of parentIds.filter((x) => !withGezag.includes(x))) {
            expect(required).not.toContain(p);
            expect(instemming).not.toContain(p);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('29 February: still 11 on 28 February of a common year, 12 on 1 March', () => {
    const f = family([member('kind', 'jeugdige', '2012-02-29'), member('moeder', 'ouder', '1980-01-01', ['kind'])]);
    expect(toestemmingDeciders(f, 'kind', '2024-02-28').required).toEqual(['moeder']);
    expect(toestemmingDeciders(f, 'kind', '2024-02-29').required).toEqual(['kind', 'moeder']);
    expect(toestemmingDeciders(f, 'kind', '2028-02-28').required).toEqual(['kind', 'moeder']);
    expect(toestemmingDeciders(f, 'kind', '2028-02-29').required).toEqual(['kind']);
    const common = family([member('kind', 'jeugdige', '2011-02-28'), member('moeder', 'ouder', '1980-01-01', ['kind'])]);
    expect(toestemmingDeciders(common, 'kind', '2027-02-27').required).toEqual(['kind', 'moeder']);
    expect(toestemmingDeciders(common, 'kind', '2027-02-28').required).toEqual(['kind']);
    const leap = family([member('kind', 'jeugdige', '2008-02-29'), member('moeder', 'ouder', '1980-01-01', ['kind'])]);
    expect(toestemmingDeciders(leap, 'kind', '2024-02-28').required).toEqual(['kind', 'moeder']);
    expect(toestemmingDeciders(leap, 'kind', '2024-02-29').required).toEqual(['kind']);
    expect(instemmingDeciders(leap, 'kind', '2020-02-28')).toEqual(['moeder']);
    expect(instemmingDeciders(leap, 'kind', '2020-02-29')).toEqual(['kind']);
  });
});
