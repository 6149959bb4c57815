/**
 * Wire types for the agenda (issue 13, point 1): a professional plans an appointment with named
 * members and professionals; a member sees the ones she takes part in, downloads one as `.ics` and
 * may ask to move it; the professional answers with a new time or a no.
 */

/** Where the appointment is: at an address, by video (a link) or by phone (a number). */
export type AfspraakPlaceKind = 'adres' | 'video' | 'telefoon';

export interface AfspraakPlace {
  kind: AfspraakPlaceKind;
  /** The address, the video link or the phone number. */
  value: string;
}

/** What a professional sends to plan or change an appointment. */
export interface AfspraakInput {
  title: string;
  start: string;
  end: string;
  place: AfspraakPlace;
  /** Members who take part: they, and only they, see it. */
  memberIds: string[];
  /** Professionals (user ids) who take part, besides the one who plans it. */
  professionalIds: string[];
  /** Participants from whom the place is hidden (a shelter address); they still see the appointment. */
  placeHiddenFrom: string[];
  note?: string;
}

export interface NewAfspraak extends AfspraakInput {
  clientId: string;
}

export type VerplaatsAntwoordKind = 'nieuw-moment' | 'nee';

/** A member's "Ik kan niet, kan het op een ander moment?" with its answer, once given. */
export interface VerplaatsverzoekView {
  id: string;
  reason: string;
  askedAt: string;
  askedBy: { memberId: string; firstName: string };
  answer?: { kind: VerplaatsAntwoordKind; message: string; start?: string; end?: string; answeredAt: string; answeredBy: string };
}

export interface AfspraakView {
  id: string;
  title: string;
  start: string;
  end: string;
  /** Absent when the place is hidden from this viewer. */
  place?: AfspraakPlace;
  placeKind: AfspraakPlaceKind;
  /** For professionals only: the participants from whom the place is hidden. */
  placeHiddenFrom?: string[];
  note?: string;
  members: { memberId: string; firstName: string }[];
  /** Professionals who take part besides the planner; `userId` only for a professional viewer (to change who takes part). */
  professionals: { name: string; organisation?: string; userId?: string }[];
  plannedBy: { name: string; organisation?: string };
  cancelled: boolean;
  /** Raised on every change, so a calendar takes the newer `.ics`. */
  sequence: number;
  /** For a member: her own requests; for a professional: every request. */
  verplaatsverzoeken: VerplaatsverzoekView[];
  /** The viewer (or the member she helps) may ask to move it now. */
  mayAskToMove: boolean;
}

export interface AfsprakenOverview {
  afspraken: AfspraakView[];
  /** For a professional only: the family's professionals today, who can be asked to take part. */
  professionals?: { userId: string; name: string }[];
}

export interface NewVerplaatsverzoek {
  clientId: string;
  reason: string;
}

export interface VerplaatsAntwoord {
  kind: VerplaatsAntwoordKind;
  message: string;
  /** With `nieuw-moment`: the new time, which the appointment then takes. */
  start?: string;
  end?: string;
}
