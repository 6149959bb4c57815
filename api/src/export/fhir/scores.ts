import type { ScoresPage } from '@onsplan/shared';
import type { BundleEntry, Observation } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, displayReference, type Ref } from './ids.ts';

/**
 * "Hoe gaat het nu?": each score the member reads is an Observation (0 to 10) on its doel's Goal.
 * The subject is the member only for her own scores; another's score names its writer as performer,
 * and only by the name the JSON export shows.
 */
export function scoreEntries(page: ScoresPage, goalKeys: ReadonlySet<string>, context: ExportContext): BundleEntry[] {
  return page.doelen.flatMap((doel) =>
    doel.scores.map((s) => {
      const goal: Ref = goalKeys.has(doel.itemKey) ? bundleReference('doel', doel.itemKey, doel.what) : { identifier: { system: 'urn:onsplan:onderdeel-sleutel', value: doel.itemKey }, display: doel.what };
      const performer = s.isMine ? context.patient : (context.member(s.memberId) ?? (s.memberName ? displayReference(s.memberName) : undefined));
      const observation: Observation = {
        resourceType: 'Observation',
        status: 'final',
        code: concept(onsPlanCodes('score'), 'hoe-gaat-het-nu', 'Hoe gaat het nu? (0 tot 10)'),
        focus: [goal],
        ...(s.isMine ? { subject: context.patient } : {}),
        effectiveDateTime: s.createdAt,
        ...(performer ? { performer: [performer] } : {}),
        valueInteger: s.value,
        ...(s.note ? { note: [{ text: s.note }] } : {}),
      };
      return entry('score', s.id, observation);
    }),
  );
}

