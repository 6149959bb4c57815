import { Type, type Static } from 'typebox';
import type { AccessLogEntryView } from './access-log.ts';
import type { AfsprakenOverview } from './agenda.ts';
import { CommentListSchema } from './comments.ts';
import type { ContactChangeList } from './contact-changes.ts';
import type { ContactThreadList } from './contact-messages.ts';
import type { CorrectieverzoekList, EigenVerklaringList } from './corrections.ts';
import type { DocumentList } from './documents.ts';
import type { InstemmingOverview } from './instemming.ts';
import { FamilySummarySchema, PlanViewSchema } from './plan.ts';
import { Nullable, Passed, Ref } from './schema-kit.ts';
import type { ScoresPage } from './scores.ts';
import type { ToestemmingOverview } from './toestemming.ts';

/**
 * Everything the portal holds about a member in one family (AVG art. 15, REQUIREMENTS A7), each
 * part exactly as the matching screen shows it. A part is null when this person has no such view
 * (a professional has no own access log). `agenda`: the appointments this member takes part in
 * (issue 13); `scores`: "Hoe gaat het nu?"; `contact`: her threads with the professionals;
 * `accessLog`: who looked at my data, newest first (at most the newest 1,000).
 *
 * The parts are made by the same data layer as their own routes and pass as they are; every part is
 * listed here, so a part the data layer adds is a type error until it is listed (the download once
 * silently dropped `scores` and `contact`).
 */
export const MyDataExportSchema = Type.Object({
  exportedAt: Type.String(),
  familyId: Type.String(),
  family: Ref(FamilySummarySchema),
  plan: Nullable(Passed<Static<typeof PlanViewSchema>>()),
  comments: Nullable(Passed<Static<typeof CommentListSchema>>()),
  instemming: Nullable(Passed<InstemmingOverview>()),
  toestemming: Nullable(Passed<ToestemmingOverview>()),
  correctieverzoeken: Nullable(Passed<CorrectieverzoekList>()),
  eigenVerklaringen: Nullable(Passed<EigenVerklaringList>()),
  documents: Nullable(Passed<DocumentList>()),
  contactChanges: Nullable(Passed<ContactChangeList>()),
  contact: Nullable(Passed<ContactThreadList>()),
  agenda: Nullable(Passed<AfsprakenOverview>()),
  scores: Nullable(Passed<ScoresPage>()),
  accessLog: Nullable(Type.Array(Passed<AccessLogEntryView>())),
});
export type MyDataExport = Static<typeof MyDataExportSchema>;
