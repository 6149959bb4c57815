import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toestemmingStatus, type DecisionFact } from './status.ts';

const day = '2026-11-24';
const gave = (deciderId: string, validUntil = '2027-01-01'): DecisionFact => ({ deciderId, decision: 'gegeven', validUntil });
const refused = (deciderId: string): DecisionFact => ({ deciderId, decision: 'geweigerd', validUntil: null });
const revoked = (deciderId: string): DecisionFact => ({ deciderId, decision: 'ingetrokken', validUntil: null });

describe('toestemmingStatus', () => {
  it.each([
    ['16+: the youth alone', ['noor'], [gave('noor')], 'compleet'],
    ['12-15: only the youth gave', ['daan', 'samira', 'mark'], [gave('daan')], 'onvolledig'],
    ['12-15: youth and one parent', ['daan', 'samira', 'mark'], [gave('daan'), gave('samira')], 'onvolledig'],
    ['12-15: all three', ['daan', 'samira', 'mark'], [gave('daan'), gave('samira'), gave('mark')], 'compleet'],
    ['12-15: one parent refuses', ['daan', 'samira', 'mark'], [gave('daan'), gave('samira'), refused('mark')], 'geweigerd'],
    ['the youth revokes', ['daan', 'samira', 'mark'], [revoked('daan'), gave('samira'), gave('mark')], 'ingetrokken'],
    ['a parent decided before the youth turned 16: does not count', ['noor'], [refused('samira')], 'onvolledig'],
    ['the last day still holds', ['noor'], [gave('noor', day)], 'compleet'],
    ['the day after it ended', ['noor'], [gave('noor', '2026-11-23')], 'verlopen'],
    ['nobody can decide', [], [gave('x')], 'onvolledig'],
    ['nobody decided yet', ['noor'], [], 'onvolledig'],
  ])('%s', (_name, required, latest, status) => {
    expect(toestemmingStatus(required, latest, day)).toBe(status);
  });

  it('is compleet exactly when every required person gave a toestemming that still holds', () => {
    const people = ['a', 'b', 'c', 'd'];
    const fact = (id: string) =>
      fc.record({
        deciderId: fc.constant(id),
        decision: fc.constantFrom('gegeven' as const, 'geweigerd' as const, 'ingetrokken' as const),
        validUntil: fc.constantFrom(null, '2026-11-23', day, '2027-06-01'),
      });
    fc.assert(
      fc.property(fc.subarray(people), fc.tuple(...people.map((p) => fc.option(fact(p), { nil: undefined }))), (required, maybe) => {
        const latest = maybe.filter((d) => d !== undefined);
        const ok = required.length > 0 && required.every((id) => latest.some((d) => d.deciderId === id && d.decision === 'gegeven' && (d.validUntil === null || d.validUntil >= day)));
        expect(toestemmingStatus(required, latest, day) === 'compleet').toBe(ok);
      }),
    );
  });
});
