import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFile, icsUtc } from './ics.ts';

const event = {
  uid: 'afspraak-1@onsplan',
  stamp: '2026-11-24T10:00:00.000Z',
  // 1 December is winter time in Amsterdam: 10:00 there is 09:00 UTC.
  start: '2026-12-01T09:00:00.000Z',
  end: '2026-12-01T10:00:00.000Z',
  summary: 'Gesprek over het plan',
  location: 'Lindelaan 12, 3514 BK Utrecht',
  description: 'Neem het plan mee;\nwe kijken samen.',
  sequence: 2,
};

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('icsFile', () => {
  it('writes one event with UID, DTSTAMP and times in UTC, lines ending in CRLF', () => {
    const text = icsFile(event);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(text).split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:afspraak-1@onsplan', 'DTSTAMP:20261124T100000Z',
      'DTSTART:20261201T090000Z', 'DTEND:20261201T100000Z', 'SEQUENCE:2', 'SUMMARY:Gesprek over het plan',
      'LOCATION:Lindelaan 12\\, 3514 BK Utrecht', 'DESCRIPTION:Neem het plan mee\\;\\nwe kijken samen.',
      'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR',
    ]));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });

  it('leaves out a place it may not show and marks a cancelled event', () => {
    const lines = unfold(icsFile({ ...event, location: null, description: null, cancelled: true })).split('\r\n');
    expect(lines.some((l) => l.startsWith('LOCATION'))).toBe(false);
    expect(lines.some((l) => l.startsWith('DESCRIPTION'))).toBe(false);
    expect(lines).toContain('STATUS:CANCELLED');
  });

  it('writes a summer time start in UTC: 10:00 in Amsterdam in July is 08:00Z', () => {
    expect(icsUtc('2026-07-01T10:00:00+02:00')).toBe('20260701T080000Z');
    expect(() => icsUtc('morgen')).toThrow(RangeError);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('keeps a short line as it is', () => {
    expect(foldLine('SUMMARY:Kort')).toBe('SUMMARY:Kort');
  });

  it('folds at 75 octets, counting multibyte characters in octets', () => {
    const folded = foldLine(`SUMMARY:${'ë'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('for any text: no line over 75 octets, and unfolding gives the line back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});
