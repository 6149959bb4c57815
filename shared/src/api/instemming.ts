/**
 * Wire types for instemming: a member's agreement with one exact plan version. Kept apart from
 * toestemming (consent to share data) in data, API and screens (REQUIREMENTS B4).
 */

export type InstemmingDecision = 'eens' | 'eens-met-opmerking' | 'niet-eens';

/** Who gave an answer. */
export interface InstemmingByView {
  kind: 'member' | 'helper';
  /** First name of the member who answered, or of the helper; absent when the viewer may not see who. */
  name?: string;
  /** A helper answered for this member (first name). */
  onBehalfOf?: string;
  /** Answered by the member whose view this is (or by their helper). */
  isMe: boolean;
}

export interface InstemmingAnswerView {
  id: string;
  versionId: string;
  versionNumber: number;
  /** The member the answer is for: the one who answered, or their child under 12. */
  memberId: string;
  decision: InstemmingDecision;
  /** The remark or reason; always there for eens-met-opmerking and niet-eens. */
  remark?: string;
  answeredAt: string;
  by: InstemmingByView;
}

/** An item as the viewer may see it, for "what changed" (hidden fields left out). */
export interface PlanItemChangeView {
  key: string;
  what: string;
}

/** What changed, for this viewer, since the version they last answered. Items they may not see are never named. */
export interface PlanChangesView {
  fromVersion: number;
  added: PlanItemChangeView[];
  changed: PlanItemChangeView[];
  /** Text as it was in the older version. */
  removed: PlanItemChangeView[];
}

/** One instemming the viewer gives: for themself, or as a parent with gezag for a child under 12. */
export interface MyInstemmingView {
  memberId: string;
  firstName: string;
  forSelf: boolean;
  /** The latest answer on this version, or null when still open. */
  answer: InstemmingAnswerView | null;
  /** The latest answer on an earlier version, when this one is still open: the member is asked again. */
  previous: InstemmingAnswerView | null;
  /** Only with `previous`: what changed since that version. */
  changesSince?: PlanChangesView;
}

/** For professionals: per member, who answers for them and what each one answered on this version. */
export interface MemberInstemmingView {
  memberId: string;
  firstName: string;
  /** beantwoord: everyone who answers for this member did; niet-nodig: nobody answers (parent without gezag). */
  status: 'beantwoord' | 'open' | 'niet-nodig';
  /** `remindedAt`: the latest reminder to this decider on this version (see `InstemmingReminder`). */
  deciders: { memberId: string; firstName: string; answer: InstemmingAnswerView | null; remindedAt?: string }[];
}

/** A professional asked the viewer to answer this version; shown until the viewer answers. */
export interface InstemmingReminderView {
  /** The professional's first name and job title. */
  byName: string;
  byJobTitle?: string;
  at: string;
}

/** The answer to "Herinnering sturen": who was reminded now, and who already was today. */
export interface InstemmingRemindersSent {
  versionId: string;
  reminded: { memberId: string; firstName: string }[];
  alreadyToday: { memberId: string; firstName: string }[];
}

export interface NewInstemmingReminders {
  /** The version the professional looked at; an older one answers 409 plan-veranderd. */
  versionId: string;
}

export interface InstemmingOverview {
  version: { id: string; number: number; publishedAt: string; isCurrent: boolean };
  /** The instemmingen the viewer gives; empty for professionals. */
  mine: MyInstemmingView[];
  /** Professionals only: every member. */
  members?: MemberInstemmingView[];
  /** A reminder to the viewer while one of `mine` is still open on this version. */
  reminder?: InstemmingReminderView;
}

export interface NewInstemming {
  /** Made by the client; the same id sent twice stores one answer. */
  clientId: string;
  /** The exact version the member read; an older one answers 409 plan-veranderd. */
  versionId: string;
  decision: InstemmingDecision;
  /** Required for eens-met-opmerking and niet-eens; not allowed with eens. */
  remark?: string;
  /** A parent with gezag answering for a child under 12; default: yourself. */
  memberId?: string;
}
