import type { PlanItemView, PlanView } from '@onsplan/shared';
import type { Annotation, BundleEntry, CarePlan, CarePlanActivity, Goal } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, onsPlanIdentifier } from './ids.ts';

/**
 * The plan version the member reads as one CarePlan, with an activity per item she sees (in plan
 * order; the activity's element id is the item's id) and a Goal per doel. A Goal's id comes from the
 * item's key, the same in every version, so scores and a next export point at the same Goal.
 */
export function planEntries(plan: PlanView, context: ExportContext): BundleEntry[] {
  const doelen = plan.items.filter((i) => i.kind === 'doel');
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    identifier: [onsPlanIdentifier('plan', plan.planId)],
    status: 'active',
    intent: 'plan',
    category: [concept(onsPlanCodes('plan'), 'gezinsplan', 'Gezinsplan')],
    title: plan.title,
    description: plan.summary,
    subject: context.patient,
    created: plan.version.publishedAt,
    goal: doelen.map((d) => goalReference(d.key)),
    activity: plan.items.map(activity),
    note: [{ text: `Versie ${plan.version.number}` }],
  };
  return [entry('planversie', plan.version.id, carePlan), ...doelen.map((d) => goalEntry(d, context))];
}

/** The Goal of a doel, by its key. */
export function goalReference(itemKey: string) {
  return bundleReference('doel', itemKey);
}

function activity(item: PlanItemView): CarePlanActivity {
  return {
    id: item.id,
    detail: {
      code: { coding: [{ system: onsPlanCodes('plandeel'), code: item.section }, { system: onsPlanCodes('onderdeel-soort'), code: item.kind }] },
      status: 'unknown',
      description: item.what,
      performer: [{ display: item.who }],
      scheduledString: item.when,
      ...(item.where ? { location: { display: item.where } } : {}),
      ...(item.kind === 'doel' ? { goal: [goalReference(item.key)] } : {}),
    },
    // "Wat als" is the step the family agreed on when the agreement does not hold.
    ...(item.whatIf ? { progress: [{ text: `Wat als: ${item.whatIf}` }] } : {}),
  };
}

function goalEntry(item: PlanItemView, context: ExportContext): BundleEntry {
  const note: Annotation[] = [];
  if (item.scaleLow) note.push({ text: `0: ${item.scaleLow}` });
  if (item.scaleHigh) note.push({ text: `10: ${item.scaleHigh}` });
  if (item.scale !== undefined) note.push({ text: `Nu: ${item.scale} van 10` });
  const goal: Goal = {
    resourceType: 'Goal',
    identifier: [onsPlanIdentifier('onderdeel', item.id)],
    lifecycleStatus: 'active',
    category: [concept(onsPlanCodes('plandeel'), item.section)],
    description: { text: item.what },
    subject: context.patient,
    target: [{ measure: { text: 'Hoe gaat het nu? (0 tot 10)' }, detailRange: { low: { value: 0 }, high: { value: 10 } } }],
    ...(note.length ? { note } : {}),
  };
  return entry('doel', item.key, goal);
}
