import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json' with { type: 'json' };
import en from '../../../locales/en.json' with { type: 'json' };
import { isProblem, problemOf, problems } from './catalogue.ts';

describe('problem catalogue', () => {
  it('builds problem+json bodies with a stable type per code', () => {
    expect(problemOf('niet-gevonden')).toEqual({
      type: 'urn:onsplan:problem:niet-gevonden',
      title: 'Dit bestaat niet, of u mag het niet zien.',
      status: 404,
      code: 'niet-gevonden',
    });
    expect(isProblem(problemOf('te-veel-pogingen', { retryAfter: 30 }))).toBe(true);
    expect(isProblem({ code: 'iets-anders' })).toBe(false);
  });

  it('has B1 text in every locale for every code', () => {
    for (const code of Object.keys(problems)) {
      expect((nl.problem as Record<string, string>)[code], `nl problem.${code}`).toBeTruthy();
      expect((en.problem as Record<string, string>)[code], `en problem.${code}`).toBeTruthy();
    }
  });
});
