/** Wire types for correctieverzoeken and eigen verklaringen (REQUIREMENTS A1–A4). */
import type {
  CorrectieKind,
  CorrectieOutcome,
  CorrectieStatus,
  CorrectieTargetKind,
  RemovalGround,
} from '../corrections/status.ts';
import type { Day } from '../dates/calendar.ts';

/** What a request is about. For a plan item the id is its key, the same in every version. */
export interface CorrectieTarget {
  kind: CorrectieTargetKind;
  id: string;
}

export interface NewCorrectieverzoek {
  /** Made by the client; the same id sent twice stores one request. */
  clientId: string;
  target: CorrectieTarget;
  kind: CorrectieKind;
  /** The new text (wijzigen) or the text to add (aanvullen); not for verwijderen. */
  proposedText?: string;
  reason: string;
}

/**
 * The change a granted (or partly granted) request makes. Which keys fit depends on the target:
 * a plan item `what`, `who`, `when`, `where`, `whatIf`; a personal field `value`; a comment `body`;
 * a member record `firstName`, `lastName`, `birthDate`.
 */
export interface CorrectieChange {
  what?: string;
  who?: string;
  when?: string;
  where?: string;
  whatIf?: string;
  value?: string;
  body?: string;
  firstName?: string;
  lastName?: string;
  birthDate?: Day;
}

export interface CorrectieBesluit {
  outcome: CorrectieOutcome;
  /** Required for deels and afwijzen (A2). */
  reasons?: string;
  /** Required for deels; for toekennen it defaults to the member's proposal. */
  change?: CorrectieChange;
  /** Required when a removal request is not (fully) granted (A4). */
  removalGround?: RemovalGround;
}

export interface CorrectieVerlenging {
  /** Why more time is needed; the member reads it. */
  reason: string;
}

export interface CorrectieDeadlineView {
  receivedOn: Day;
  firstDueOn: Day;
  extendedDueOn: Day | null;
  /** The due date that counts now. */
  dueOn: Day;
  daysLeft: number;
  /** A week before the due date, or later. */
  warning: boolean;
  overdue: boolean;
  /** For a removal request: the day by which granted data must be destroyed (A4). */
  destroyBy?: Day;
}

export interface CorrectieDecisionView {
  status: 'toegekend' | 'deels-toegekend' | 'afgewezen';
  decidedAt: string;
  reasons: string | null;
  removalGround: RemovalGround | null;
  /**
   * True when the request was refused in whole or part: the portal then shows the right to
   * complain to the Autoriteit Persoonsgegevens and to go to court (`correction.refusal.*`, A2).
   */
  rightsNotice: boolean;
  /** The change made; only professionals get it. */
  change?: CorrectieChange;
}

export interface EigenVerklaringView {
  id: string;
  target: CorrectieTarget;
  correctieverzoekId: string | null;
  body: string;
  createdAt: string;
  /** `byHelper`: the first name of the helper who wrote it for the member ("Ria namens Samira"). */
  author: { name?: string; isMe: boolean; byHelper?: string };
}

export interface CorrectieverzoekView {
  id: string;
  familyId: string;
  target: CorrectieTarget & { label?: string };
  kind: CorrectieKind;
  proposedText: string | null;
  reason: string;
  status: CorrectieStatus;
  requester: { name?: string; isMe: boolean; byHelper?: string };
  createdAt: string;
  deadline: CorrectieDeadlineView;
  extension: { reason: string; at: string } | null;
  decision: CorrectieDecisionView | null;
  eigenVerklaringen: EigenVerklaringView[];
  mayAddEigenVerklaring: boolean;
}

export interface CorrectieverzoekList {
  correctieverzoeken: CorrectieverzoekView[];
}

/** A professional's inbox: the open requests of all their families, most urgent first. */
export interface CorrectieInbox {
  correctieverzoeken: (CorrectieverzoekView & { familyName: string })[];
}

export interface NewEigenVerklaring {
  clientId: string;
  body: string;
}

export interface EigenVerklaringList {
  eigenVerklaringen: EigenVerklaringView[];
}
