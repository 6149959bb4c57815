import type { CorrectieKind, CorrectieStatus, CorrectieTarget, CorrectieverzoekView, EigenVerklaringView } from '@onsplan/shared';
import type { BundleEntry, Task } from '@medplum/fhirtypes';
import { concept, correctionBusinessStatus, correctionOutputTypes, correctionTaskTypes, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, displayReference, identifierReference, type ObjectKind, type Ref } from './ids.ts';

/**
 * Correctieverzoeken and eigen verklaringen as Tasks with the codes of the HL7 Patient Request for
 * Corrections IG (v1.0.0): a request is a `medRecCxReq` Task whose businessStatus follows its
 * status (table below); an eigen verklaring is a `medRecCxDenialDisagree` Task with businessStatus
 * `disagreement-logged` whose reasonReference is the refused request. The Tasks do not claim the
 * IG's profile: Ons Plan has no Communication resources of the request itself.
 */

export type CorrectionBusinessStatus =
  | 'queued'
  | 'in-review'
  | 'waiting-for-information'
  | 'requester-cancelled'
  | 'accepted'
  | 'partial-accept'
  | 'amendment-completed'
  | 'denied'
  | 'disagreement-logged'
  | 'completed';

/**
 * Ons Plan's status of a request as a Task status and the IG's business status. A granted change is
 * made at once, so it is `amendment-completed`; a granted removal is only `accepted`: the data is
 * destroyed later, by its due date (A4).
 */
export function correctionStatus(status: CorrectieStatus, kind: CorrectieKind): { status: Task['status']; businessStatus: CorrectionBusinessStatus } {
  switch (status) {
    case 'ontvangen':
      return { status: 'received', businessStatus: 'queued' };
    case 'in-behandeling':
    case 'extra-tijd':
      return { status: 'in-progress', businessStatus: 'in-review' };
    case 'toegekend':
      return { status: 'completed', businessStatus: kind === 'verwijderen' ? 'accepted' : 'amendment-completed' };
    case 'deels-toegekend':
      return { status: 'completed', businessStatus: 'partial-accept' };
    case 'afgewezen':
      return { status: 'completed', businessStatus: 'denied' };
  }
}

/** A request and the eigen verklaringen shown with it; verklaringen the member sees elsewhere too, once each. */
export function correctionEntries(requests: readonly CorrectieverzoekView[], verklaringen: readonly EigenVerklaringView[], context: ExportContext): BundleEntry[] {
  const entries = requests.map((r) => entry('correctieverzoek', r.id, requestTask(r, context)));
  const shown = new Map<string, EigenVerklaringView>();
  for (const v of [...requests.flatMap((r) => r.eigenVerklaringen), ...verklaringen]) if (!shown.has(v.id)) shown.set(v.id, v);
  const requestIds = new Set(requests.map((r) => r.id));
  for (const v of shown.values()) entries.push(entry('eigen-verklaring', v.id, disagreementTask(v, requestIds, context)));
  return entries;
}

function requestTask(r: CorrectieverzoekView, context: ExportContext): Task {
  const { status, businessStatus } = correctionStatus(r.status, r.kind);
  return {
    resourceType: 'Task',
    status,
    businessStatus: concept(correctionBusinessStatus, businessStatus),
    intent: 'order',
    code: concept(correctionTaskTypes, 'medRecCxReq', 'Correction Request'),
    description: r.reason,
    focus: targetReference(r.target, r.target.label),
    ...(r.requester.isMe ? { for: context.patient } : {}),
    requester: person(r.requester, context),
    authoredOn: r.createdAt,
    restriction: { period: { end: r.deadline.dueOn } },
    input: [
      { type: concept(onsPlanCodes('correctie-soort'), 'soort'), valueCode: r.kind },
      ...(r.proposedText !== null ? [{ type: concept(onsPlanCodes('correctie-soort'), 'voorgestelde-tekst'), valueString: r.proposedText }] : []),
      ...(r.extension ? [{ type: concept(onsPlanCodes('correctie-soort'), 'verlenging'), valueString: r.extension.reason }] : []),
    ],
    ...(r.decision
      ? {
          lastModified: r.decision.decidedAt,
          output: [{ type: concept(correctionOutputTypes, 'medRecCxReqResolution'), valueString: r.decision.reasons ?? r.decision.status }],
        }
      : {}),
  };
}

function disagreementTask(v: EigenVerklaringView, requestIds: ReadonlySet<string>, context: ExportContext): Task {
  return {
    resourceType: 'Task',
    status: 'completed',
    businessStatus: concept(correctionBusinessStatus, 'disagreement-logged'),
    intent: 'order',
    code: concept(correctionTaskTypes, 'medRecCxDenialDisagree', 'Disagreement'),
    description: v.body,
    focus: targetReference(v.target),
    ...(v.author.isMe ? { for: context.patient } : {}),
    requester: person(v.author, context),
    authoredOn: v.createdAt,
    ...(v.correctieverzoekId
      ? { reasonReference: requestIds.has(v.correctieverzoekId) ? bundleReference('correctieverzoek', v.correctieverzoekId) : identifierReference('correctieverzoek', v.correctieverzoekId) }
      : {}),
  };
}

const targetKinds: Record<CorrectieTarget['kind'], ObjectKind> = { 'plan-item': 'onderdeel', comment: 'reactie', 'member-field': 'persoonsgegeven', member: 'gezinslid', score: 'score' };

/** What a request is about, by its Ons Plan id (a plan item by its key, the same in every version). */
function targetReference(target: CorrectieTarget, label?: string): Ref {
  if (target.kind === 'member') return identifierReference('gezinslid', target.id, label);
  if (target.kind === 'plan-item') return { identifier: { system: 'urn:onsplan:onderdeel-sleutel', value: target.id }, ...(label ? { display: label } : {}) };
  return identifierReference(targetKinds[target.kind], target.id, label);
}

function person(p: { name?: string; isMe: boolean; byHelper?: string }, context: ExportContext): Ref {
  const name = p.isMe ? (context.patient.display ?? 'Ik') : (p.name ?? 'Een gezinslid');
  if (p.byHelper) return displayReference(`${p.byHelper} namens ${name}`);
  return p.isMe ? context.patient : displayReference(name);
}
