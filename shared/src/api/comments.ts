import type { ReadersView } from './readers.ts';

/** Wire types for comments on the plan. */

/** "zoals-onderdeel": everyone who sees the item; "alleen-professionals": only the professionals (and you). */
export type CommentAudience = 'zoals-onderdeel' | 'alleen-professionals';

export interface CommentAuthorView {
  kind: 'member' | 'helper' | 'professional';
  /** First name of a member, or name and job of a professional; absent when the viewer may not see who. */
  name?: string;
  jobTitle?: string;
  isMe: boolean;
  /** A helper wrote it for this member (first name). */
  onBehalfOf?: string;
}

export interface CommentView {
  id: string;
  /** The plan item (its key, the same in every version), or null for the plan as a whole. */
  itemKey: string | null;
  replyTo: string | null;
  versionNumber: number;
  author: CommentAuthorView;
  body: string;
  createdAt: string;
  audience: CommentAudience;
  /** Written by someone else after you last read the comments. */
  isNew: boolean;
  readers: ReadersView;
  /** Who would read your reply to this thread; absent when you cannot reply. */
  replyReaders?: ReadersView;
}

export interface CommentList {
  comments: CommentView[];
  seenUntil: string | null;
}

export interface NewComment {
  /** Made by the client; the same id sent twice stores one comment. */
  clientId: string;
  itemKey?: string | null;
  body: string;
  audience?: CommentAudience;
}

export interface NewReply {
  clientId: string;
  body: string;
}

/** Whom a professional writes to when she starts a conversation: named members, all adults, or the whole family. */
export type ConversationTo = { kind: 'leden'; memberIds: string[] } | { kind: 'volwassenen' } | { kind: 'gezin' };

/** A conversation a professional starts: the first comment of a thread, to the members she chose. */
export interface NewConversation {
  clientId: string;
  /** The plan item it is about (its key), or absent for the plan as a whole. */
  itemKey?: string | null;
  to: ConversationTo;
  body: string;
}
