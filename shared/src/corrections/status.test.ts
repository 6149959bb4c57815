import { describe, expect, it } from 'vitest';
import { decisionNeeds, isOpen, isRefused, statusAfter, type CorrectieKind, type CorrectieOutcome, type CorrectieStatus } from './status.ts';

describe('correctieverzoek steps', () => {
  it.each([
    ['ontvangen', true, false],
    ['in-behandeling', true, false],
    ['extra-tijd', true, false],
    ['toegekend', false, false],
    ['deels-toegekend', false, true],
    ['afgewezen', false, true],
  ] as [CorrectieStatus, boolean, boolean][])('%s: open %s, refused %s', (status, open, refused) => {
    expect(isOpen(status)).toBe(open);
    expect(isRefused(status)).toBe(refused);
  });

  it('every decision closes the request', () => {
    for (const outcome of ['toekennen', 'deels', 'afwijzen'] as const) expect(isOpen(statusAfter(outcome))).toBe(false);
    expect(isRefused(statusAfter('toekennen'))).toBe(false);
  });

  it.each([
    ['wijzigen', 'toekennen', { reasons: false, change: false, removalGround: false }],
    ['wijzigen', 'deels', { reasons: true, change: true, removalGround: false }],
    ['aanvullen', 'afwijzen', { reasons: true, change: false, removalGround: false }],
    ['verwijderen', 'toekennen', { reasons: false, change: false, removalGround: false }],
    ['verwijderen', 'deels', { reasons: true, change: true, removalGround: true }],
    ['verwijderen', 'afwijzen', { reasons: true, change: false, removalGround: true }],
  ] as [CorrectieKind, CorrectieOutcome, ReturnType<typeof decisionNeeds>][])('%s, %s needs %o', (kind, outcome, needs) => {
    expect(decisionNeeds(kind, outcome)).toEqual(needs);
  });
});
