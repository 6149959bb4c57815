import type { CorrectieKind, CorrectieStatus, CorrectieverzoekView, EigenVerklaringView } from '@onsplan/shared';
import { isOpen, isRefused } from '@onsplan/shared';
import type { Task } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirIssues, loadFhirDefinitions } from '../../test/fhir-validator.ts';
import { correctionEntries, correctionStatus } from './corrections.ts';
import { exampleContext } from './examples.ts';

const statuses: CorrectieStatus[] = ['ontvangen', 'in-behandeling', 'extra-tijd', 'toegekend', 'deels-toegekend', 'afgewezen'];
const kinds: CorrectieKind[] = ['wijzigen', 'aanvullen', 'verwijderen'];

// The codes of http://hl7.org/fhir/uv/patient-corrections/CodeSystem/PatientCorrectionBusinessStatus (v1.0.0).
const igBusinessStatuses = [
  'queued',
  'in-review',
  'waiting-for-information',
  'requester-cancelled',
  'accepted',
  'partial-accept',
  'amendment-completed',
  'denied',
  'disagreement-logged',
  'completed',
];

beforeAll(loadFhirDefinitions, 60_000);

describe('the status of a correctieverzoek as a Task (HL7 Patient Request for Corrections)', () => {
  it.each([
    ['ontvangen', 'wijzigen', 'received', 'queued'],
    ['in-behandeling', 'wijzigen', 'in-progress', 'in-review'],
    ['extra-tijd', 'aanvullen', 'in-progress', 'in-review'],
    ['toegekend', 'wijzigen', 'completed', 'amendment-completed'],
    ['toegekend', 'aanvullen', 'completed', 'amendment-completed'],
    ['toegekend', 'verwijderen', 'completed', 'accepted'],
    ['deels-toegekend', 'wijzigen', 'completed', 'partial-accept'],
    ['afgewezen', 'verwijderen', 'completed', 'denied'],
  ] as const)('%s (%s) is Task %s with businessStatus %s', (status, kind, taskStatus, businessStatus) => {
    expect(correctionStatus(status, kind)).toEqual({ status: taskStatus, businessStatus });
  });

  it('every status and kind maps to a code of the IG; a Task is completed exactly when the request was decided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...kinds), (status, kind) => {
        const mapped = correctionStatus(status, kind);
        expect(igBusinessStatuses).toContain(mapped.businessStatus);
        expect(mapped.status === 'completed').toBe(!isOpen(status));
        if (isRefused(status)) expect(['denied', 'partial-accept']).toContain(mapped.businessStatus);
      }),
    );
  });
});

const refusedRequest: CorrectieverzoekView = {
  id: 'c0000000-0000-4000-8000-000000000001',
  familyId: 'f0000000-0000-4000-8000-000000000001',
  target: { kind: 'plan-item', id: 'a0000000-0000-4000-8000-000000000001', label: 'Samen praten' },
  kind: 'wijzigen',
  proposedText: 'Anders.',
  reason: 'Dit klopt niet.',
  status: 'afgewezen',
  requester: { isMe: true, name: 'Samira' },
  createdAt: '2026-11-24T10:00:00.000Z',
  deadline: { receivedOn: '2026-11-24', firstDueOn: '2026-12-24', extendedDueOn: null, dueOn: '2026-12-24', daysLeft: 30, warning: false, overdue: false },
  extension: null,
  decision: { status: 'afgewezen', decidedAt: '2026-11-25T10:00:00.000Z', reasons: 'Dit blijft zo.', removalGround: null, rightsNotice: true },
  eigenVerklaringen: [],
  mayAddEigenVerklaring: true,
};

const verklaring: EigenVerklaringView = {
  id: 'e0000000-0000-4000-8000-000000000001',
  target: refusedRequest.target,
  correctieverzoekId: refusedRequest.id,
  body: 'Ik zie het anders.',
  createdAt: '2026-11-26T10:00:00.000Z',
  author: { isMe: false, name: 'Samira', byHelper: 'Ria' },
};

describe('correctieverzoeken and eigen verklaringen as Tasks', () => {
  const entries = correctionEntries([{ ...refusedRequest, eigenVerklaringen: [verklaring] }], [verklaring], exampleContext);
  const [request, disagreement] = entries.map((e) => e.resource as Task);

  it('a refused request is a valid medRecCxReq Task with its resolution as output', () => {
    expect(fhirIssues(request!)).toEqual([]);
    expect(request).toMatchObject({
      status: 'completed',
      code: { coding: [{ code: 'medRecCxReq' }] },
      businessStatus: { coding: [{ code: 'denied' }] },
      output: [{ type: { coding: [{ code: 'medRecCxReqResolution' }] }, valueString: 'Dit blijft zo.' }],
      restriction: { period: { end: '2026-12-24' } },
    });
  });

  it('an eigen verklaring is one valid disagreement Task, logged, pointing at the refused request', () => {
    expect(entries).toHaveLength(2);
    expect(fhirIssues(disagreement!)).toEqual([]);
    expect(disagreement).toMatchObject({
      status: 'completed',
      code: { coding: [{ code: 'medRecCxDenialDisagree' }] },
      businessStatus: { coding: [{ code: 'disagreement-logged' }] },
      description: 'Ik zie het anders.',
      reasonReference: { reference: entries[0]!.fullUrl },
      requester: { display: 'Ria namens Samira' },
    });
  });

  it('the validator finds a Task without its intent or with a date it cannot read (so the checks above can fail)', () => {
    expect(fhirIssues({ ...request!, intent: undefined as unknown as Task['intent'] })).not.toEqual([]);
    expect(fhirIssues({ ...request!, authoredOn: 'gisteren' })).not.toEqual([]);
  });
});
