import type { PlanItemKind, PlanSection } from '../demo/family.ts';

/** The three parts of a plan, in the order the family reads them. */
export const planSections = ['veiligheid', 'hulpverlening', 'herstel'] as const satisfies readonly PlanSection[];
import type { Addressing } from '../i18n/addressing.ts';
import type { MemberRole } from '../visibility/types.ts';
import type { ReadersView } from './readers.ts';

/** Wire types shared by the API and the portal. */

export interface Me {
  kind: 'member' | 'helper' | 'professional' | 'beheerder';
  name: string;
  /** How member screens speak to her: "je" for a member under 18 on today's Dutch day, else "u". */
  addressing: Addressing;
  /**
   * For a helper: the member this request acts for: the one named in `Ons-Plan-Als: namens:<id>`,
   * or the only one she helps. Absent while she helps several and has not chosen.
   */
  actingFor?: { memberId: string; name: string };
  /** For a helper: every member she helps now, to choose whom she helps ("Wie helpt u nu?"). */
  helping?: HelpedMember[];
  /** For a professional or helper: where they work and as what, shown in the workspace. */
  organisation?: string;
  jobTitle?: string;
  session: { expiresAt: string; idleExpiresAt: string };
}

/** A member a helper helps through an active delegation. */
export interface HelpedMember {
  memberId: string;
  name: string;
  familyId: string;
}

export interface FamilySummary {
  id: string;
  name: string;
  members: FamilyMemberView[];
}

export interface FamilyMemberView {
  id: string;
  firstName: string;
  role: MemberRole;
  isMe: boolean;
  fields: MemberFieldView[];
}

export interface MemberFieldView {
  id: string;
  field: 'adres' | 'telefoon' | 'email';
  value: string;
  readers: ReadersView;
  /** Only on your own details: first names of the members a professional hid this from ("Mark ziet uw adres niet"). */
  hiddenFrom?: string[];
}

/** What an item says, as this viewer may see it. */
export interface PlanItemContent {
  id: string;
  /** The same for this item in every version of the plan. */
  key: string;
  section: PlanSection;
  kind: PlanItemKind;
  position: number;
  what: string;
  who: string;
  when: string;
  where?: string;
  whatIf?: string;
  scale?: number;
  /** What 0 and 10 mean on the scale. */
  scaleLow?: string;
  scaleHigh?: string;
}

export interface PlanItemView extends PlanItemContent {
  readers: ReadersView;
  /** Who would read a comment you write here for "iedereen die dit ziet"; absent when you cannot comment. */
  commentReaders?: ReadersView;
}

export interface PlanView {
  familyId: string;
  planId: string;
  title: string;
  summary: string;
  version: { id: string; number: number; publishedAt: string };
  items: PlanItemView[];
  /** Who would read a comment on the whole plan for "iedereen die het plan ziet"; absent when you cannot comment. */
  commentReaders?: ReadersView;
}
