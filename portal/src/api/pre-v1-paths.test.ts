import { describe, expect, it } from 'vitest';
import { currentApiPath } from './pre-v1-paths.ts';

const f = '6f1c2a7e-0000-4000-8000-000000000001';

describe('paths from before /api/v1', () => {
  it.each([
    ['POST', `/families/${f}/comments/abc/replies`, `/gezinnen/${f}/reacties/abc/antwoorden`],
    ['POST', `/families/${f}/toestemmingen/abc/intrekken`, `/gezinnen/${f}/toestemmingen/abc/intrekking`],
    ['PUT', `/families/${f}/documents/abc`, `/gezinnen/${f}/uploads/abc`],
    ['DELETE', `/families/${f}/documents/abc`, `/gezinnen/${f}/documenten/abc`],
    ['GET', `/families/${f}/sync?since=3&day=2026-01-05`, `/gezinnen/${f}/synchronisatie?since=3&day=2026-01-05`],
    ['POST', '/auth/login/options', '/auth/inlog-opties'],
    ['POST', '/auth/login', '/auth/inlog'],
    ['DELETE', '/me/passkeys/abc', '/ik/inlogsleutels/abc'],
  ])('%s %s is now %s', (method, old, now) => {
    expect(currentApiPath(method, old)).toBe(now);
  });

  it('leaves a current path as it is', () => {
    for (const path of [`/gezinnen/${f}/reacties`, '/ik', `/gezinnen/${f}/plan/concept/publicatie`, `/gezinnen/${f}/contact/abc/antwoorden`]) expect(currentApiPath('POST', path)).toBe(path);
  });
});
