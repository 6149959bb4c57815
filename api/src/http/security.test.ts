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
    ['/api/v1/ik', '/api/v1/ik'],
    ['/%61pi/ik', '/api/v1/ik'],
    ['/%41PI/Me', '/api/v1/ik'],
    ['//api//ik', '/api/v1/ik'],
    ['/x/../api/ik', '/api/v1/ik'],
    ['/%2e%2e/%2E/api/ik', '/api/v1/ik'],
    ['/%2fapi/ik', '/api/v1/ik'],
    ['\\api\\me', '/api/v1/ik'],
    ['http://kwaad.example/%61pi/ik?x=1', '/api/v1/ik'],
    ['/api/v1/ik?next=/elders', '/api/v1/ik'],
    ['/plan', '/plan'],
    ['/', '/'],
  ])('%s is read as %s', (target, path) => expect(normalisedPath(target)).toBe(path));

  it('cannot read a path that does not decode', () => {
    expect(normalisedPath('/api/v1/%zz')).toBeUndefined();
    expect(normalisedPath('/%E0%A4%A')).toBeUndefined();
  });

  it('reads every spelling of /api/v1/gezinnen/… as an API path', () => {
    fc.assert(
      fc.property(fc.constantFrom('/', '//', '/./', '/x/../', '/%2f', '/%2e/'), spellingOf('api/gezinnen/'), (lead, spelling) => {
        expect(normalisedPath(`${lead}${spelling}1234`)).toBe('/api/v1/gezinnen/1234');
      }),
      { numRuns: 1000 },
    );
  });
});
