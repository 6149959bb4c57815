import { Type, type Static } from 'typebox';
import { ReadersSchema } from './readers.ts';
import { DateTime, Nullable, OneOf, Ref, StringEnum, Uuid } from './schema-kit.ts';

/** Wire shapes for comments on the plan: one schema each, the types derived from it. */

/** "zoals-onderdeel": everyone who sees the item; "alleen-professionals": only the professionals (and you). */
export const commentAudiences = ['zoals-onderdeel', 'alleen-professionals'] as const;
export type CommentAudience = (typeof commentAudiences)[number];

/** `name`: first name of a member, or name and job of a professional; absent when the viewer may not see who. `onBehalfOf`: a helper wrote it for this member. */
export const CommentAuthorViewSchema = Type.Object({
  kind: StringEnum(['member', 'helper', 'professional']),
  name: Type.Optional(Type.String()),
  jobTitle: Type.Optional(Type.String()),
  isMe: Type.Boolean(),
  onBehalfOf: Type.Optional(Type.String()),
});
export type CommentAuthorView = Static<typeof CommentAuthorViewSchema>;

/**
 * `itemKey`: the plan item (its key, the same in every version), or null for the plan as a whole.
 * `isNew`: written by someone else after you last read the comments. `replyReaders`: who would read
 * your reply to this thread; absent when you cannot reply.
 */
export const CommentViewSchema = Type.Object(
  {
    id: Uuid(),
    itemKey: Nullable(Type.String()),
    replyTo: Nullable(Type.String()),
    versionNumber: Type.Integer(),
    author: CommentAuthorViewSchema,
    body: Type.String(),
    createdAt: DateTime(),
    audience: StringEnum(commentAudiences),
    isNew: Type.Boolean(),
    readers: Ref(ReadersSchema),
    replyReaders: Type.Optional(Ref(ReadersSchema)),
  },
  { $id: 'Comment' },
);
export type CommentView = Static<typeof CommentViewSchema>;

export const CommentListSchema = Type.Object({ comments: Type.Array(Ref(CommentViewSchema)), seenUntil: Nullable(Type.String()) }, { $id: 'CommentList' });
export type CommentList = Static<typeof CommentListSchema>;

const ClientId = () => Uuid();
/** What people write: never empty, at most 4000 characters. */
export const BodyText = () => Type.String({ minLength: 1, maxLength: 4000 });

/** `clientId` is made by the client; the same id sent twice stores one comment. */
export const NewCommentSchema = Type.Object(
  { clientId: ClientId(), itemKey: Type.Optional(Nullable(Uuid())), body: BodyText(), audience: Type.Optional(StringEnum(commentAudiences)) },
  { additionalProperties: false },
);
export type NewComment = Static<typeof NewCommentSchema>;

export const NewReplySchema = Type.Object({ clientId: ClientId(), body: BodyText() }, { additionalProperties: false });
export type NewReply = Static<typeof NewReplySchema>;

/** Whom a professional writes to when she starts a conversation: named members, all adults, or the whole family. */
export const ConversationToSchema = OneOf([
  Type.Object({ kind: Type.Literal('leden'), memberIds: Type.Array(Uuid(), { minItems: 1, maxItems: 50 }) }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('volwassenen') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('gezin') }, { additionalProperties: false }),
]);
export type ConversationTo = Static<typeof ConversationToSchema>;

/** A conversation a professional starts: the first comment of a thread, to the members she chose; `itemKey` absent for the plan as a whole. */
export const NewConversationSchema = Type.Object(
  { clientId: ClientId(), itemKey: Type.Optional(Nullable(Uuid())), to: ConversationToSchema, body: BodyText() },
  { additionalProperties: false },
);
export type NewConversation = Static<typeof NewConversationSchema>;

export const CommentsSeenSchema = Type.Object({ until: DateTime() }, { additionalProperties: false });
