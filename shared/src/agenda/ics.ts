/**
 * One appointment as an iCalendar file (RFC 5545) that a member adds to the calendar on her phone.
 * Times go out in UTC (`Z`), which every calendar shows in the phone's own time zone, so no
 * VTIMEZONE block has to be kept in step with Dutch summer time.
 */
export interface IcsEvent {
  /** Stable per appointment, so a second download updates the event instead of adding a copy. */
  readonly uid: string;
  /** When the file was made (DTSTAMP). */
  readonly stamp: string;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly location?: string | null;
  readonly description?: string | null;
  /** Raised each time the appointment changes, so calendars take the newer version. */
  readonly sequence: number;
  readonly cancelled?: boolean;
}

const crlf = '\r\n';
const maxOctets = 75;

/** The text of an `.ics` file holding one event: CRLF line ends, long lines folded at 75 octets. */
export function icsFile(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ons Plan//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(crlf) + crlf;
}

/** An instant as an RFC 5545 UTC date-time, e.g. `20261201T090000Z`. */
export function icsUtc(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Geen geldig tijdstip: ${instant}`);
  return date.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 3.1): at most 75 octets per line, continued with CRLF and one
 * space. Counted in UTF-8 octets and never inside a character, so "ë" or an emoji stays whole.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // A continuation line starts with one space, which counts towards its 75 octets.
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${crlf} `);
}
