import type { CommentView, PlanView } from '@onsplan/shared';
import type { BundleEntry, Communication } from '@medplum/fhirtypes';
import { authorReference } from './authors.ts';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, type Ref } from './ids.ts';

/**
 * Every comment and reply the member reads as a Communication: about the plan version (or the item,
 * by its key), a reply in response to its thread. Each stays the guarded object it is in Ons Plan:
 * only what the JSON export holds, nothing of a thread she does not see.
 */
export function commentEntries(comments: readonly CommentView[], plan: PlanView | null, context: ExportContext): BundleEntry[] {
  const present = new Set(comments.map((c) => c.id));
  return comments.map((c) => {
    const about: Ref[] = [];
    if (plan && plan.version.number === c.versionNumber) about.push(bundleReference('planversie', plan.version.id, plan.title));
    if (c.itemKey) about.push({ identifier: { system: 'urn:onsplan:onderdeel-sleutel', value: c.itemKey } });
    const communication: Communication = {
      resourceType: 'Communication',
      status: 'completed',
      category: [concept(onsPlanCodes('reactie-publiek'), c.audience)],
      sent: c.createdAt,
      sender: authorReference(c.author, context),
      payload: [{ contentString: c.body }],
      ...(about.length ? { about } : {}),
      ...(c.replyTo && present.has(c.replyTo) ? { inResponseTo: [bundleReference('reactie', c.replyTo)] } : {}),
      note: [{ text: `Versie ${c.versionNumber}` }],
    };
    return entry('reactie', c.id, communication);
  });
}
