import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedPath } from './security.ts';

/** One character as it may travel: itself, in the other case, or percent-encoded (once or twice). */
const spelled = (char: string) =>
  fc.constantFrom(
    char,
    char.toUpperCase(),
    `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
    `%${char.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
    `%25${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );

const spellingOf = (text: string) => fc.tuple(...[...text].map(spelled)).map((parts) => parts.join(''));

describe('the path a router reads (C3, F2)', () => {
  it.each([
    ['/api/me', '/api/me'],
    ['/%61pi/me', '/api/me'],
    ['/%41PI/Me', '/api/me'],
    ['//api//me', '/api/me'],
    ['/x/../api/me', '/api/me'],
    ['/%2e%2e/%2E/api/me', '/api/me'],
    ['/%2fapi/me', '/api/me'],
    ['\\api\\me', '/api/me'],
    ['http://kwaad.example/%61pi/me?x=1', '/api/me'],
    ['/api/me?next=/elders', '/api/me'],
    ['/plan', '/plan'],
    ['/', '/'],
  ])('%s is read as %s', (target, path) => expect(normalisedPath(target)).toBe(path));

  it('cannot read a path that does not decode', () => {
    expect(normalisedPath('/api/%zz')).toBeUndefined();
    expect(normalisedPath('/%E0%A4%A')).toBeUndefined();
  });

  it('reads every spelling of /api/families/… as an API path', () => {
    fc.assert(
      fc.property(fc.constantFrom('/', '//', '/./', '/x/../', '/%2f', '/%2e/'), spellingOf('api/families/'), (lead, spelling) => {
        expect(normalisedPath(`${lead}${spelling}1234`)).toBe('/api/families/1234');
      }),
      { numRuns: 1000 },
    );
  });
});
