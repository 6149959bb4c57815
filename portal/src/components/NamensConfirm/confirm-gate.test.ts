import { describe, expect, it } from 'vitest';
import { ConfirmGate } from './confirm-gate.ts';

describe('ConfirmGate: the helper\'s "U doet dit namens …" step', () => {
  it('waits for the answer: yes sends, back does not', async () => {
    const gate = new ConfirmGate();
    const seen: boolean[] = [];
    gate.subscribe((asking) => seen.push(asking));
    const first = gate.ask();
    expect(gate.asking).toBe(true);
    gate.answer(true);
    await expect(first).resolves.toBe(true);
    const second = gate.ask();
    gate.answer(false);
    await expect(second).resolves.toBe(false);
    expect(gate.asking).toBe(false);
    expect(seen).toEqual([true, false, true, false]);
  });

  it('a newer question answers the open one "no": two writes never share one yes', async () => {
    const gate = new ConfirmGate();
    const older = gate.ask();
    const newer = gate.ask();
    await expect(older).resolves.toBe(false);
    gate.answer(true);
    await expect(newer).resolves.toBe(true);
  });

  it('an answer without a question does nothing', () => {
    const gate = new ConfirmGate();
    expect(() => gate.answer(true)).not.toThrow();
    expect(gate.asking).toBe(false);
  });
});
