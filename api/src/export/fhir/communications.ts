import type { CommentView, ContactThreadView, PlanView } from '@onsplan/shared';
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

/**
 * Her threads with the professionals (asking for help, "bel mij terug", a message) as Communications:
 * the first message of a thread says what it is about (kind, topic, the moment to call), each
 * answer is in response to it. A message without words (a call-back request) has no payload.
 */
export function contactEntries(threads: readonly ContactThreadView[], context: ExportContext): BundleEntry[] {
  return threads.flatMap((thread) => {
    const [first] = thread.messages;
    const about = [thread.kind, thread.topic, thread.callMoment].filter((part): part is NonNullable<typeof part> => part !== null).join(' ');
    return thread.messages.map((message) => {
      const communication: Communication = {
        resourceType: 'Communication',
        status: thread.status === 'afgehandeld' ? 'completed' : 'in-progress',
        category: [concept(onsPlanCodes('contact'), thread.kind)],
        topic: { text: about },
        sent: message.createdAt,
        sender: authorReference(message.author, context),
        ...(message.body ? { payload: [{ contentString: message.body }] } : {}),
        ...(first && message.id !== first.id ? { inResponseTo: [bundleReference('contactbericht', first.id)] } : {}),
      };
      return entry('contactbericht', message.id, communication);
    });
  });
}
