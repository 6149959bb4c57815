import type { FamilyFacts, Guarded } from './types.ts';
import { commentEnvelope, writtenGuarded, type Envelope } from './written.ts';

/** The field of an appointment that holds its place (an address, a video link or a phone number). */
export const appointmentPlaceField = 'place';

/**
 * The envelope of an appointment a professional plans: addressed to the members who take part, and
 * about no one, so no age rule passes it on (an appointment with Noor never reaches her parents
 * merely because she is 16 or 13). Whoever has a contactverbod with a participant is shielded from
 * it, so the appointment and its place never cross the contactverbod, also if a participant on both
 * sides was named by mistake. `placeShieldedFrom` hides only the place from those members (a shelter
 * address), while they still see that the appointment exists. A cancelled appointment is for the
 * professionals only: it leaves the members' screens and, at their next sync, their devices.
 */
export function appointmentEnvelope(
  participants: readonly string[],
  contactverboden: FamilyFacts['contactverboden'],
  placeShieldedFrom: readonly string[] = [],
  { cancelled = false }: { cancelled?: boolean } = {},
): Envelope {
  const named = cancelled ? [] : [...new Set(participants)];
  const banned = new Set(named.flatMap((id) => bannedContactsOf(id, contactverboden)));
  const placeShields = [...new Set(placeShieldedFrom)];
  return {
    audience: cancelled ? 'professionals' : 'leden',
    audienceMembers: named,
    subjects: [],
    authorMemberId: null,
    shieldedFrom: [...banned],
    sharedAcrossContactverbod: false,
    generalInfo: false,
    fieldShields: placeShields.length ? { [appointmentPlaceField]: placeShields } : {},
  };
}

/**
 * A member's request to move an appointment ("Ik kan niet, kan het op een ander moment?"): her own
 * words for the professionals only, like a comment "alleen-professionals" by its asker. She (and her
 * helper) reads it as her own contribution; no other member does, whatever the appointment's
 * audience. It hangs on the appointment, so once she no longer sees that, she no longer sees this.
 */
export function moveRequestGuarded(id: string, familyId: string, asker: string, contactverboden: FamilyFacts['contactverboden'], appointment: Guarded): Guarded {
  const envelope = commentEnvelope(appointment, asker, new Set(bannedContactsOf(asker, contactverboden)), 'alleen-professionals');
  return writtenGuarded('verplaatsverzoek', id, familyId, envelope, [appointment]);
}

/** Participants on both sides of a contactverbod: an appointment with them cannot be planned together. */
export function participantsAcrossContactverbod(participants: readonly string[], contactverboden: FamilyFacts['contactverboden']): [string, string][] {
  const named = new Set(participants);
  return contactverboden.filter(([a, b]) => named.has(a) && named.has(b)).map(([a, b]) => [a, b]);
}

function bannedContactsOf(memberId: string, contactverboden: FamilyFacts['contactverboden']): string[] {
  return contactverboden.flatMap(([a, b]) => (a === memberId ? [b] : b === memberId ? [a] : []));
}
