import { languageOf } from './languages.ts';

/** Dates and times in the member's language, always in Dutch time. */

const zone = 'Europe/Amsterdam';
const locale = (lng: string) => languageOf(lng).locale;

/** "12 maart 2025". */
export function formatDate(iso: string, lng: string): string {
  // A bare day (2025-03-12) is a calendar day, not an instant: read it at noon so no zone shifts it.
  const at = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso;
  return new Date(at).toLocaleDateString(locale(lng), { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
}

/** "12 maart 2025, 14:05". */
export function formatDateTime(iso: string, lng: string): string {
  return new Date(iso).toLocaleString(locale(lng), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: zone });
}

/** "14:05". */
export function formatTime(iso: string, lng: string): string {
  return new Date(iso).toLocaleTimeString(locale(lng), { hour: '2-digit', minute: '2-digit', timeZone: zone });
}

/** The calendar day in the Netherlands of an instant, as 2025-03-12. */
export function dutchDayOf(instant: Date): string {
  // en-CA writes dates as 2025-03-12.
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(instant);
}

/** "Dinsdag 24 november 2026", for a bare day (a heading above what happened that day). */
export function formatWeekday(day: string, lng: string): string {
  const text = new Date(`${day}T12:00:00Z`).toLocaleDateString(locale(lng), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
