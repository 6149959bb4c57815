import type { MyDataExport } from '@onsplan/shared';
import { dutchDay } from '@onsplan/shared';
import { Type } from '@fastify/type-provider-typebox';
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import { agendaEntries } from './agenda.ts';
import { auditEntries } from './audit.ts';
import { commentEntries, contactEntries } from './communications.ts';
import { instemmingEntries, toestemmingEntries } from './consent.ts';
import { contactChangeEntries } from './contact-changes.ts';
import { exportContext } from './context.ts';
import { correctionEntries } from './corrections.ts';
import { documentEntries } from './documents.ts';
import { onsPlanIdentifier, stableUuid } from './ids.ts';
import { peopleEntries } from './people.ts';
import { planEntries } from './plan.ts';
import { scoreEntries } from './scores.ts';

/** The media type of the FHIR download. */
export const fhirJson = 'application/fhir+json';

/**
 * "Mijn gegevens downloaden" for another care system: the member's JSON export as a FHIR R4
 * collection Bundle. It is made from that export and from nothing else, so it cannot hold more than
 * the evaluator let this member read; every resource keeps the Ons Plan id of its object.
 */
export function fhirBundleOf(data: MyDataExport): Bundle {
  const context = exportContext(data);
  const today = dutchDay(new Date(data.exportedAt));
  const goalKeys = new Set(data.plan?.items.filter((i) => i.kind === 'doel').map((i) => i.key) ?? []);
  const entries: BundleEntry[] = [
    ...peopleEntries(data.family.members, context),
    ...(data.plan ? planEntries(data.plan, context) : []),
    ...(data.instemming ? instemmingEntries(data.instemming, data.plan, context) : []),
    ...(data.toestemming ? toestemmingEntries(data.toestemming, context, today) : []),
    ...correctionEntries(data.correctieverzoeken?.correctieverzoeken ?? [], data.eigenVerklaringen?.eigenVerklaringen ?? [], context),
    ...(data.comments ? commentEntries(data.comments.comments, data.plan, context) : []),
    ...(data.documents ? documentEntries(data.documents.documents, context) : []),
    ...(data.contactChanges ? contactChangeEntries(data.contactChanges.changes, context) : []),
    ...(data.contact ? contactEntries(data.contact.threads, context) : []),
    ...(data.agenda ? agendaEntries(data.agenda.afspraken, context) : []),
    ...(data.scores ? scoreEntries(data.scores, goalKeys, context) : []),
    ...(data.accessLog ? auditEntries(data.accessLog, context) : []),
  ];
  const exportId = `${data.familyId}/${context.selfMemberId}/${data.exportedAt}`;
  return {
    resourceType: 'Bundle',
    id: stableUuid('export', exportId),
    identifier: onsPlanIdentifier('export', exportId),
    type: 'collection',
    timestamp: data.exportedAt,
    entry: entries,
  };
}

/** The export route's answer: FHIR's own types describe the Bundle, and the export's tests validate it against FHIR R4. */
export const fhirBundleSchema = Type.Unsafe<Bundle>({ type: 'object', required: ['resourceType', 'type', 'entry'], additionalProperties: true });
