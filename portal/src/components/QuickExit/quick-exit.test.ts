import { describe, expect, it, vi } from 'vitest';
import { defaultNeutralSite, neutralSite, quickExit, shiftCounter, type ExitSeam } from './quick-exit.ts';

describe('quick exit', () => {
  it('blanks first, forgets local data, ends the session and replaces the location', async () => {
    const calls: string[] = [];
    const seam: ExitSeam = {
      blank: () => calls.push('blank'),
      forgetLocalData: async () => calls.push('forget'),
      endSession: () => calls.push('end'),
      leave: (url) => calls.push(`leave ${url}`),
    };
    await quickExit(seam, 'https://neutraal.example/');
    expect(calls).toEqual(['blank', 'forget', 'end', 'leave https://neutraal.example/']);
  });

  it('leaves after a short wait even when the deletes take longer, or fail', async () => {
    const calls: string[] = [];
    const seam = (forget: () => Promise<unknown>): ExitSeam => ({ blank: () => {}, forgetLocalData: forget, endSession: () => {}, leave: () => calls.push('leave') });
    await quickExit(seam(() => new Promise(() => {})), 'https://neutraal.example/', 10);
    await quickExit(seam(() => Promise.reject(new Error('geblokkeerd'))), 'https://neutraal.example/', 10);
    expect(calls).toEqual(['leave', 'leave']);
  });

  it("goes to the server's NEUTRAL_SITE from the page, and to a neutral default when the page names none or something odd", () => {
    const page = (content: string | undefined) => ({ querySelector: () => (content === undefined ? null : { content }) }) as unknown as Pick<Document, 'querySelector'>;
    expect(neutralSite(page('http://127.0.0.1:4010/neutraal'))).toBe('http://127.0.0.1:4010/neutraal');
    expect(neutralSite(page('https://www.nu.nl/'))).toBe('https://www.nu.nl/');
    for (const odd of [undefined, '', 'javascript:alert(1)', '/plan']) expect(neutralSite(page(odd)), String(odd)).toBe(defaultNeutralSite);
  });

  it('fires on three Shift presses close together, not on two or on slow ones', () => {
    let t = 0;
    const onTriple = vi.fn();
    const press = shiftCounter(onTriple, 1500, () => t);
    const shift = { key: 'Shift', repeat: false };
    press(shift); t += 2000; press(shift); t += 100; press(shift);
    expect(onTriple).not.toHaveBeenCalled();
    t += 100; press(shift);
    expect(onTriple).toHaveBeenCalledTimes(1);
    press({ key: 'a', repeat: false }); press({ key: 'Shift', repeat: true });
    expect(onTriple).toHaveBeenCalledTimes(1);
  });
});
