import type { AccessLogEntryView } from './access-log.ts';
import type { AfsprakenOverview } from './agenda.ts';
import type { CommentList } from './comments.ts';
import type { ContactChangeList } from './contact-changes.ts';
import type { ContactThreadList } from './contact-messages.ts';
import type { CorrectieverzoekList, EigenVerklaringList } from './corrections.ts';
import type { DocumentList } from './documents.ts';
import type { InstemmingOverview } from './instemming.ts';
import type { FamilySummary, PlanView } from './plan.ts';
import type { ScoresPage } from './scores.ts';
import type { ToestemmingOverview } from './toestemming.ts';

/**
 * Everything the portal holds about a member in one family (AVG art. 15, REQUIREMENTS A7), each
 * part exactly as the matching screen shows it. A part is null when this person has no such view
 * (a professional has no own access log).
 */
export interface MyDataExport {
  exportedAt: string;
  familyId: string;
  family: FamilySummary;
  plan: PlanView | null;
  comments: CommentList | null;
  instemming: InstemmingOverview | null;
  toestemming: ToestemmingOverview | null;
  correctieverzoeken: CorrectieverzoekList | null;
  eigenVerklaringen: EigenVerklaringList | null;
  documents: DocumentList | null;
  contactChanges: ContactChangeList | null;
  /** The appointments this member takes part in (issue 13). */
  agenda: AfsprakenOverview | null;
  /** "Hoe gaat het nu?": the doelen and the scores this person reads. */
  scores: ScoresPage | null;
  /** Her threads with the professionals (contact), with their answers. */
  contact: ContactThreadList | null;
  /** Who looked at my data, newest first (at most the newest 1,000). */
  accessLog: AccessLogEntryView[] | null;
}
