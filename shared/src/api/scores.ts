import type { ReadersView } from './readers.ts';

/** Wire types of "Hoe gaat het nu?" (issue 13, point 2): scores on the doelen of the plan. */

/** Whom a member lets read her score: the professionals only (the default), or them and named members. */
export type ScoreReadersInput = { kind: 'professionals' } | { kind: 'leden'; memberIds: string[] };

/** A score as the member sends it through the outbox; `clientId` makes a replay harmless. */
export interface NewScore {
  clientId: string;
  itemKey: string;
  value: number;
  note?: string;
  readers?: ScoreReadersInput;
}

export interface ScoreView {
  id: string;
  itemKey: string;
  value: number;
  note?: string;
  createdAt: string;
  /** The writer, as this viewer may know her; absent when the viewer may not see her name. */
  memberId?: string;
  memberName?: string;
  isMine: boolean;
  readers: ReadersView;
}

/** One doel with its scale and the scores this viewer may read, oldest first. */
export interface ScoreDoel {
  itemKey: string;
  what: string;
  scaleLow?: string;
  scaleHigh?: string;
  scores: ScoreView[];
  /** Members the viewer may name as readers of a new score on this doel; absent when she cannot score. */
  readerChoices?: { id: string; firstName: string }[];
}

export interface ScoresPage {
  familyId: string;
  doelen: ScoreDoel[];
}
