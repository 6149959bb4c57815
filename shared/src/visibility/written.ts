import type { AudienceKind, FamilyFacts, Guarded } from './types.ts';

/** The envelope part of a guarded object, as stored with every row of family data. */
export interface Envelope {
  audience: AudienceKind;
  audienceMembers: string[];
  subjects: string[];
  authorMemberId: string | null;
  shieldedFrom: string[];
  sharedAcrossContactverbod: boolean;
  generalInfo: boolean;
  fieldShields: Record<string, string[]>;
}

type EnvelopeOf = Omit<Guarded, 'kind' | 'id' | 'familyId' | 'dependsOn'>;

/** Who the writer of a comment chose as readers: everyone who sees what it is about, or only the professionals. */
export type WrittenAudience = 'zoals-onderdeel' | 'alleen-professionals';

/**
 * The envelope of a comment by a member on an item or the plan. It is the writer's own object
 * (DOMAIN rule 4): it is never shared across a contactverbod because its item is, and the writer's
 * banned contacts leave its subjects (the author alone keeps it from them; as subjects they would
 * hide the writer's own words from the writer).
 */
export function commentEnvelope(target: EnvelopeOf, writer: string, writerBanned: ReadonlySet<string>, choice: WrittenAudience): Envelope {
  const subjects = writerSubjects(target.subjects, writer, writerBanned);
  if (choice === 'alleen-professionals') return ownWords({ ...nobody, audience: 'professionals' }, writer, subjects);
  return ownWords(copyAudience(target), writer, subjects);
}

/**
 * The envelope of a reply: addressed to the thread's readers and to whoever started the thread, so
 * the starter always gets the answer, also in a thread only for the professionals. A reply hangs on
 * its thread (`dependsOn`), so it never reaches further than the first comment does.
 */
export function replyEnvelope(root: EnvelopeOf, replier: string | null, replierBanned: ReadonlySet<string>): Envelope {
  const starter = root.authorMemberId;
  const audience: Envelope =
    root.audience === 'professionals' || root.audience === 'organisatie'
      ? { ...nobody, audience: starter ? 'leden' : 'professionals', audienceMembers: starter ? [starter] : [] }
      : { ...copyAudience(root), audienceMembers: unique([...root.audienceMembers, ...(starter ? [starter] : [])]) };
  if (replier === null) return { ...audience, subjects: [...root.subjects] };
  return ownWords(audience, replier, writerSubjects(root.subjects, replier, replierBanned));
}

/**
 * The envelope of an eigen verklaring (Jeugdwet 7.3.8, REQUIREMENTS A3): the readers of the disputed
 * target when it was written, as the writer's own words. It hangs on its target, so it is shown
 * wherever the target is shown, and never to a member with a contactverbod with its writer.
 */
export function eigenVerklaringEnvelope(target: EnvelopeOf, writer: string, writerBanned: ReadonlySet<string>): Envelope {
  return ownWords(copyAudience(target), writer, writerSubjects(target.subjects, writer, writerBanned));
}

/** Whom a professional addresses when she starts a conversation: named members, all adults, or the whole family. */
export type ConversationAddressees =
  | { readonly kind: 'leden'; readonly memberIds: readonly string[] }
  | { readonly kind: 'volwassenen' }
  | { readonly kind: 'gezin' };

/**
 * The envelope of a conversation a professional starts (a thread with no member as writer). It is
 * about what it hangs on (the item's subjects, so a contactverbod with one of them still hides it),
 * but never about its addressees: a named youth is a reader, not an owner, so her age rules never
 * pass the thread on to her parents. It is never shared across a contactverbod by its item.
 */
export function conversationEnvelope(target: EnvelopeOf, addressees: ConversationAddressees): Envelope {
  const named = addressees.kind === 'leden' ? unique(addressees.memberIds) : [];
  return {
    ...nobody,
    audience: addressees.kind,
    audienceMembers: named,
    subjects: target.subjects.filter((id) => !named.includes(id)),
    shieldedFrom: [...target.shieldedFrom],
  };
}

/**
 * The envelope of a professional's question for toestemming about one member's data: addressed to
 * that member and to whoever decides on her data today, and to nobody else. It names its readers
 * and is about no one, so no age rule passes it on (a question to a youth of 16 alone never reaches
 * her parents, whatever she lets them see of her own items). A decider with a contactverbod with the
 * member is left out: nothing about her reaches him, also not a question he would have to answer.
 */
export function consentQuestionEnvelope(subjectId: string, deciders: readonly string[], contactverboden: FamilyFacts['contactverboden']): Envelope {
  const bannedFromSubject = new Set(contactverboden.flatMap(([a, b]) => (a === subjectId ? [b] : b === subjectId ? [a] : [])));
  const named = unique([subjectId, ...deciders]).filter((id) => !bannedFromSubject.has(id));
  return { ...nobody, audience: 'leden', audienceMembers: named };
}

/** Who the uploader of a document chose: the professionals, named members, or one organisation (about `subject`). */
export type DocumentReaders =
  | { readonly kind: 'professionals' }
  | { readonly kind: 'leden'; readonly memberIds: readonly string[] }
  | { readonly kind: 'organisatie'; readonly subject: string };

/**
 * The envelope of a document: about its uploader (and, shared with an organisation, about the member
 * the toestemming is for), addressed to whom the uploader chose. Named members are readers, not
 * subjects, so a youth's age rules never pass a document merely sent to her on to her parents.
 */
export function documentEnvelope(uploader: string | null, readers: DocumentReaders): Envelope {
  const own = uploader ? [uploader] : [];
  switch (readers.kind) {
    case 'professionals':
      return { ...nobody, subjects: own, authorMemberId: uploader };
    case 'leden':
      return { ...nobody, audience: 'leden', audienceMembers: unique(readers.memberIds), subjects: own, authorMemberId: uploader };
    case 'organisatie':
      return { ...nobody, audience: 'organisatie', subjects: unique([...own, readers.subject]), authorMemberId: uploader };
  }
}

/** A written object as the evaluator decides it: its own envelope, and what it hangs on. */
export function writtenGuarded(kind: Guarded['kind'], id: string, familyId: string, envelope: EnvelopeOf, dependsOn: readonly Guarded[]): Guarded {
  return { kind, id, familyId, ...envelope, dependsOn };
}

/** An envelope with no member in it: only the professionals read it. */
export const nobody: Envelope = {
  audience: 'professionals',
  audienceMembers: [],
  subjects: [],
  authorMemberId: null,
  shieldedFrom: [],
  sharedAcrossContactverbod: false,
  generalInfo: false,
  fieldShields: {},
};

function copyAudience(e: EnvelopeOf): Envelope {
  return { ...nobody, audience: e.audience, audienceMembers: [...e.audienceMembers], shieldedFrom: [...e.shieldedFrom], generalInfo: e.generalInfo };
}

function ownWords(audience: Envelope, writer: string, subjects: string[]): Envelope {
  // Never shared across a contactverbod by what it hangs on: only a professional can share it, on its own.
  return { ...audience, subjects, authorMemberId: writer, sharedAcrossContactverbod: false, fieldShields: {} };
}

function writerSubjects(subjects: readonly string[], writer: string, banned: ReadonlySet<string>): string[] {
  return unique([...subjects.filter((id) => !banned.has(id)), writer]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
