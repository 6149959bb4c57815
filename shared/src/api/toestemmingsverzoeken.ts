import type { RequestDataKind } from '../consent/request.ts';
import type { Day } from '../dates/calendar.ts';

/**
 * Wire types for a toestemmingsverzoek: a professional asks the people who decide on a member's
 * data for toestemming to share it with a named organisation. Each decider answers from a card; a
 * yes is a normal toestemming (revocable as any), a no is recorded as a refusal.
 */

export type RequestAnswer = 'ja' | 'nee';

/** A question as a family member (or her helper) sees it: never someone else's answer. */
export interface ToestemmingsverzoekView {
  id: string;
  subject: { memberId: string; firstName: string };
  organisation: string;
  purpose: string;
  dataKinds: RequestDataKind[];
  /** Other data, in the professional's words. */
  dataOther?: string;
  validUntil: Day;
  note?: string;
  askedBy: { name: string; organisation?: string };
  askedAt: string;
  withdrawn: boolean;
  /** The viewer (or the member she helps) answers this question and has not yet. */
  mayAnswer: boolean;
  /** The answer of the viewer (or the member she helps), with who pressed the button. */
  myAnswer?: { answer: RequestAnswer; answeredAt: string; by: { kind: 'member' | 'helper'; name?: string; onBehalfOf?: string } };
}

/** The same question as a professional of the family sees it: everyone's answers and the state. */
export interface ToestemmingsverzoekWorkView extends Omit<ToestemmingsverzoekView, 'mayAnswer' | 'myAnswer'> {
  /** open: someone still has to answer; gegeven: all said yes; geweigerd: someone said no. */
  status: 'open' | 'gegeven' | 'geweigerd' | 'ingetrokken';
  answers: { memberId: string; firstName: string; answer: RequestAnswer | null; answeredAt?: string; by?: { kind: 'member' | 'helper'; name?: string } }[];
}

export interface ToestemmingsverzoekenOverview {
  /** For a member or helper: the questions addressed to them. */
  verzoeken: ToestemmingsverzoekView[];
  /** For a professional of the family: every question, with answers. */
  work: ToestemmingsverzoekWorkView[];
}

export interface NewToestemmingsverzoek {
  clientId: string;
  subjectMemberId: string;
  organisation: string;
  purpose: string;
  dataKinds: RequestDataKind[];
  dataOther?: string;
  validUntil: Day;
  note?: string;
}

export interface AnswerToestemmingsverzoek {
  clientId: string;
  answer: RequestAnswer;
}
