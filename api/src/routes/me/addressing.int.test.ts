import { addDays, parseDay, startOfDutchDay, type Day } from '@onsplan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const addressingOf = async (key: string) => (await (await t.as(key)).get('/api/v1/ik')).json().addressing as string;

async function birthDateOf(firstName: string): Promise<Day> {
  const [row] = await t.db.query<{ birthDate: Day }>(`select birth_date as "birthDate" from members where first_name = $1`, [firstName]);
  return row!.birthDate;
}

describe(`how /api/v1/ik says member screens address her, on ${testEngine()} (issue 11)`, () => {
  it('"je" for Noor (16) and Daan (13); "u" for the parents, the grandfather, a helper and a professional', async () => {
    expect(await addressingOf('noor')).toBe('je');
    expect(await addressingOf('daan')).toBe('je');
    for (const adult of ['samira', 'mark', 'henk', 'ria', 'jeroen']) expect(await addressingOf(adult), adult).toBe('u');
  });

  it('Noor is "je" the day before her 18th birthday and "u" on it, counted in Dutch days', async () => {
    const born = parseDay(await birthDateOf('Noor'));
    const birthday = `${born.year + 18}-${String(born.month).padStart(2, '0')}-${String(born.date).padStart(2, '0')}`;
    t.clock.set(startOfDutchDay(addDays(birthday, -1)));
    expect(await addressingOf('noor')).toBe('je');
    t.clock.set(startOfDutchDay(birthday));
    expect(await addressingOf('noor')).toBe('u');
  });
});
