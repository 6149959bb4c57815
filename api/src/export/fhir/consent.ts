import type { InstemmingAnswerView, InstemmingOverview, PlanView, ToestemmingDecisionView, ToestemmingOverview, ToestemmingStateView } from '@onsplan/shared';
import type { BundleEntry, Consent, ConsentProvisionActor, ConsentProvisionData } from '@medplum/fhirtypes';
import { concept, consentScope, loinc, onsPlanCodes, v3ActCode, v3ParticipationType } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, displayReference, identifierReference, type Ref } from './ids.ts';

/**
 * Toestemming and instemming are both a Consent, told apart by scope and category (REQUIREMENTS B4
 * keeps them apart; FHIR's Consent covers both a permission to share and an agreement with a plan):
 * - toestemming: scope patient-privacy, category LOINC 59284-0 and `toestemming`; one Consent per
 *   decision the member may see, the latest decision of each decider active (or rejected), older ones inactive.
 * - instemming: scope treatment, category `instemming-gezinsplan`; one Consent per answer on a plan
 *   version, permit for eens (with or without remark), deny for niet-eens.
 * A Consent's patient can only be a Patient: for a child's data the child is named in
 * provision.data (meaning "dependents") instead.
 */
export function toestemmingEntries(overview: ToestemmingOverview, context: ExportContext, today: string): BundleEntry[] {
  const seen = new Set<string>();
  const entries: BundleEntry[] = [];
  for (const state of overview.toestemmingen) {
    const latest = new Set(state.deciders.flatMap((d) => (d.decision ? [d.decision.id] : [])));
    for (const decision of [...state.history, ...state.deciders.flatMap((d) => (d.decision ? [d.decision] : []))]) {
      if (seen.has(decision.id)) continue;
      seen.add(decision.id);
      entries.push(entry('toestemming', decision.id, toestemmingConsent(state, decision, latest.has(decision.id), context, today)));
    }
  }
  return entries;
}

/** The status of one toestemming decision as a Consent: only a decider's latest decision still counts. */
export function toestemmingStatus(decision: Pick<ToestemmingDecisionView, 'decision' | 'validUntil'>, isLatest: boolean, today: string): Consent['status'] {
  if (!isLatest) return 'inactive';
  if (decision.decision === 'geweigerd') return 'rejected';
  if (decision.decision === 'ingetrokken') return 'inactive';
  return decision.validUntil !== undefined && decision.validUntil < today ? 'inactive' : 'active';
}

function toestemmingConsent(state: ToestemmingStateView, decision: ToestemmingDecisionView, isLatest: boolean, context: ExportContext, today: string): Consent {
  const recipient: ConsentProvisionActor = {
    role: concept(v3ParticipationType, 'IRCP', 'information recipient'),
    reference: (state.recipient.memberId ? context.member(state.recipient.memberId) : undefined) ?? displayReference(state.recipient.name),
  };
  return {
    ...consentOf(
      { scope: concept(consentScope, 'patient-privacy', 'Privacy Consent'), category: [concept(loinc, '59284-0', 'Patient Consent'), concept(onsPlanCodes('toestemming'), 'toestemming', 'Toestemming om gegevens te delen')] },
      { memberId: decision.subjectMemberId, at: decision.decidedAt, by: decision.by },
      context,
    ),
    status: toestemmingStatus(decision, isLatest, today),
    provision: {
      type: decision.decision === 'gegeven' ? 'permit' : 'deny',
      ...(decision.validUntil ? { period: { end: decision.validUntil } } : {}),
      actor: [recipient],
      purpose: [{ system: onsPlanCodes('doel-van-delen'), display: decision.purpose }],
      code: [concept(onsPlanCodes('toestemming-besluit'), decision.decision)],
      ...dependentData(decision.subjectMemberId, context),
    },
  };
}

/** Every instemming answer the member sees: on the current version and the one before it. */
export function instemmingEntries(overview: InstemmingOverview, plan: PlanView | null, context: ExportContext): BundleEntry[] {
  const answers = new Map<string, InstemmingAnswerView>();
  for (const mine of overview.mine) for (const a of [mine.answer, mine.previous]) if (a) answers.set(a.id, a);
  return [...answers.values()].map((a) => entry('instemming', a.id, instemmingConsent(a, plan, context)));
}

function instemmingConsent(answer: InstemmingAnswerView, plan: PlanView | null, context: ExportContext): Consent {
  const version: Ref =
    plan && plan.version.id === answer.versionId ? bundleReference('planversie', answer.versionId) : identifierReference('planversie', answer.versionId, `Versie ${answer.versionNumber}`);
  return {
    ...consentOf(
      { scope: concept(consentScope, 'treatment', 'Treatment'), category: [concept(onsPlanCodes('instemming'), 'instemming-gezinsplan', 'Instemming met een versie van het gezinsplan')] },
      { memberId: answer.memberId, at: answer.answeredAt, by: answer.by },
      context,
    ),
    provision: {
      type: answer.decision === 'niet-eens' ? 'deny' : 'permit',
      code: [concept(onsPlanCodes('instemming-besluit'), answer.decision)],
      data: [{ meaning: 'related', reference: version }, ...(dependentData(answer.memberId, context).data ?? [])],
    },
    // Consent has no note in R4: the remark or reason goes in an extension of Ons Plan's, as plain text.
    ...(answer.remark ? { extension: [{ url: remarkExtension, valueString: answer.remark }] } : {}),
  };
}

/** The remark with "eens met opmerking" or the reason with "niet eens". */
export const remarkExtension = 'urn:onsplan:extensie:instemming-opmerking';

type Decider = { kind: 'member' | 'helper'; memberId?: string; name?: string; onBehalfOf?: string; isMe: boolean };

/** What every Consent here has: its kind, whose data (as patient only when it is the member's own), when, by whom, opt-in. */
function consentOf(kind: Pick<Consent, 'scope' | 'category'>, decided: { memberId: string; at: string; by: Decider }, context: ExportContext): Consent {
  return {
    resourceType: 'Consent',
    status: 'active',
    ...kind,
    ...(decided.memberId === context.selfMemberId ? { patient: context.patient } : {}),
    dateTime: decided.at,
    performer: [decider(decided.by, context)],
    policyRule: concept(v3ActCode, 'OPTIN', 'opt-in'),
  };
}

function dependentData(memberId: string, context: ExportContext): { data?: ConsentProvisionData[] } {
  if (memberId === context.selfMemberId) return {};
  const child = context.member(memberId);
  return child ? { data: [{ meaning: 'dependents', reference: child }] } : {};
}

function decider(by: Decider, context: ExportContext): Ref {
  if (by.kind === 'helper') return displayReference(by.onBehalfOf ? `${by.name ?? 'Helper'} namens ${by.onBehalfOf}` : (by.name ?? 'Helper'));
  if (by.isMe) return context.patient;
  return context.member(by.memberId) ?? displayReference(by.name ?? 'Een gezinslid');
}
