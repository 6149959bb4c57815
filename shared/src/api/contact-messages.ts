import { Type, type Static } from 'typebox';
import { CommentAuthorViewSchema } from './comments.ts';
import { callMoments, contactBodyMaxLength, contactKinds, helpTopics } from './contact-choices.ts';
import { DateTime, Nullable, Ref, StringEnum, Uuid } from './schema-kit.ts';

/** Wire shapes for contact with the professionals (asking for help, "bel mij terug", a message): one schema each, the types derived from it. */

const Words = (options: Record<string, unknown> = {}) => Type.String({ maxLength: contactBodyMaxLength, ...options });

/**
 * `clientId` is made by the client (the outbox): the same id twice stores one thread. `topic` is
 * required for `hulp`, `callMoment` for `terugbellen`; `body` (her own words) for `bericht` and for
 * help with `iets-anders`: contactThreadProblems says so, for the portal and the API alike.
 */
export const NewContactThreadSchema = Type.Object(
  {
    clientId: Uuid(),
    kind: StringEnum(contactKinds),
    topic: Type.Optional(StringEnum(helpTopics)),
    callMoment: Type.Optional(StringEnum(callMoments)),
    body: Type.Optional(Words()),
  },
  { additionalProperties: false },
);
export type NewContactThread = Static<typeof NewContactThreadSchema>;

export const NewContactAnswerSchema = Type.Object({ clientId: Uuid(), body: Words({ minLength: 1 }) }, { additionalProperties: false });
export type NewContactAnswer = Static<typeof NewContactAnswerSchema>;

/** A message's author is shown as a comment's. `isNew`: written by someone else (for a professional: by the family) after this person last looked. */
export const ContactMessageViewSchema = Type.Object(
  { id: Uuid(), author: CommentAuthorViewSchema, body: Nullable(Type.String()), createdAt: DateTime(), isNew: Type.Boolean() },
  { additionalProperties: false },
);
export type ContactMessageView = Static<typeof ContactMessageViewSchema>;

/** `open`: nobody of the professionals answered yet; `beantwoord`: answered; `afgehandeld`: marked done by a professional. */
export const contactThreadStatuses = ['open', 'beantwoord', 'afgehandeld'] as const;
export type ContactThreadStatus = (typeof contactThreadStatuses)[number];

/**
 * `memberName`: first name of the member the thread is with, when this viewer may see who
 * (professionals); `memberPhone`: her phone number, for a professional who may read it (to call her
 * back). `mayAnswer`/`mayClose`: may this viewer answer, mark it done (a professional).
 * `newMessages`: how many of its messages are new for this person.
 */
const contactThreadFields = {
  id: Uuid(),
  kind: StringEnum(contactKinds),
  topic: Nullable(StringEnum(helpTopics)),
  callMoment: Nullable(StringEnum(callMoments)),
  status: StringEnum(contactThreadStatuses),
  createdAt: DateTime(),
  memberName: Type.Optional(Type.String()),
  memberPhone: Type.Optional(Type.String()),
  messages: Type.Array(ContactMessageViewSchema),
  mayAnswer: Type.Boolean(),
  mayClose: Type.Boolean(),
  newMessages: Type.Integer({ minimum: 0 }),
};

export const ContactThreadViewSchema = Type.Object(contactThreadFields, { $id: 'ContactThread', additionalProperties: false });
export type ContactThreadView = Static<typeof ContactThreadViewSchema>;

/** `mayStart`: may this viewer start a thread (a member, or a helper with "reageren")? `seenUntil`: until when this person read the family's threads. */
export const ContactThreadListSchema = Type.Object(
  { threads: Type.Array(Ref(ContactThreadViewSchema)), mayStart: Type.Boolean(), seenUntil: Nullable(DateTime()) },
  { $id: 'ContactThreadList', additionalProperties: false },
);
export type ContactThreadList = Static<typeof ContactThreadListSchema>;

/** "Gelezen": this person read the family's threads up to this moment (the newest message shown). */
export const ContactSeenSchema = Type.Object({ until: DateTime() }, { additionalProperties: false });
export type ContactSeen = Static<typeof ContactSeenSchema>;

/** "Berichten" in the workspace: open threads of all her families, oldest first. */
export const ContactInboxSchema = Type.Object(
  { threads: Type.Array(Type.Object({ ...contactThreadFields, familyId: Uuid(), familyName: Type.String() }, { additionalProperties: false })) },
  { $id: 'ContactInbox', additionalProperties: false },
);
export type ContactInbox = Static<typeof ContactInboxSchema>;

export const ContactThreadParamsSchema = Type.Object({ familyId: Uuid(), threadId: Uuid() }, { additionalProperties: false });
