import type { ContactChangeStatus, ContactChangeView } from '@onsplan/shared';
import type { BundleEntry, Task } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { displayReference } from './ids.ts';

const taskStatus: Record<ContactChangeStatus, Task['status']> = {
  voorgesteld: 'requested',
  geaccepteerd: 'completed',
  afgewezen: 'rejected',
  vervangen: 'cancelled',
};

/** New contact details a member passed on: a Task for the professionals, done when one of them accepted it. */
export function contactChangeEntries(changes: readonly ContactChangeView[], context: ExportContext): BundleEntry[] {
  return changes.map((c) => {
    const forMember = context.member(c.memberId);
    const task: Task = {
      resourceType: 'Task',
      status: taskStatus[c.status],
      businessStatus: concept(onsPlanCodes('contactwijziging-status'), c.status),
      intent: 'order',
      code: concept(onsPlanCodes('taak'), 'contactgegevens-wijzigen', 'Contactgegevens wijzigen'),
      ...(forMember ? { for: forMember } : {}),
      authoredOn: c.proposedAt,
      requester: c.proposedBy.isMe && c.proposedBy.kind === 'member' ? context.patient : displayReference(c.proposedBy.onBehalfOf ? `${c.proposedBy.name ?? 'Helper'} namens ${c.proposedBy.onBehalfOf}` : (c.proposedBy.name ?? 'Een gezinslid')),
      input: [{ type: concept(onsPlanCodes('contactgegeven'), c.field), valueString: c.value }],
      ...(c.decision
        ? { lastModified: c.decision.at, owner: displayReference(c.decision.by.name, 'Practitioner'), ...(c.decision.reason ? { statusReason: { text: c.decision.reason } } : {}) }
        : {}),
    };
    return entry('contactwijziging', c.id, task);
  });
}
