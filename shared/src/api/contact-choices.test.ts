import { describe, expect, it } from 'vitest';
import { contactThreadProblems } from './contact-choices.ts';

describe('contactThreadProblems', () => {
  it.each([
    [{ kind: 'hulp', topic: 'geld' }, []],
    [{ kind: 'hulp' }, ['topic']],
    [{ kind: 'hulp', topic: 'iets-anders' }, ['body']],
    [{ kind: 'hulp', topic: 'iets-anders', body: 'Mijn buurman.' }, []],
    [{ kind: 'terugbellen', callMoment: 'ochtend' }, []],
    [{ kind: 'terugbellen' }, ['callMoment']],
    [{ kind: 'terugbellen', callMoment: 'avond', topic: 'geld' }, ['topic']],
    [{ kind: 'bericht', body: '   ' }, ['body']],
    [{ kind: 'bericht', body: 'Hallo', callMoment: 'middag' }, ['callMoment']],
    [{ kind: 'bericht', body: 'x'.repeat(2001) }, ['body']],
  ] as const)('%j → %j', (input, problems) => {
    expect(contactThreadProblems(input)).toEqual(problems);
  });
});
