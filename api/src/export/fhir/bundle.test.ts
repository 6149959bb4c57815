import type { CarePlan, Goal, Patient, RelatedPerson } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { fhirIssues, loadFhirDefinitions } from '../../test/fhir-validator.ts';
import { auditAction } from './audit.ts';
import { fhirBundleOf } from './bundle.ts';
import { toestemmingStatus } from './consent.ts';
import { exampleExport } from './examples.ts';

const bundle = fhirBundleOf(exampleExport);
const resources = bundle.entry!.map((e) => e.resource!);
const one = <R>(type: string) => resources.filter((r) => r.resourceType === type) as R[];

beforeAll(loadFhirDefinitions, 60_000);

describe('the FHIR bundle of an export', () => {
  it('is a valid R4 collection whose every fullUrl is its resource’s urn:uuid', () => {
    expect(fhirIssues(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
    for (const e of bundle.entry!) expect(e.fullUrl).toBe(`urn:uuid:${e.resource!.id}`);
  });

  it('has the member as the Patient with her own details, and each other member as her RelatedPerson', () => {
    const [patient] = one<Patient>('Patient');
    expect(patient).toMatchObject({ name: [{ given: ['Samira'] }], address: [{ text: 'Lindelaan 12, Utrecht' }], telecom: [{ system: 'phone', value: '0612345678' }] });
    const [daan] = one<RelatedPerson>('RelatedPerson');
    expect(daan).toMatchObject({ name: [{ given: ['Daan'] }], patient: { reference: `urn:uuid:${patient!.id}` }, relationship: [{ coding: [{ code: 'jeugdige' }] }] });
  });

  it('has the plan version as a CarePlan with an activity per item, and a Goal per doel named by its key', () => {
    const [carePlan] = one<CarePlan>('CarePlan');
    expect(carePlan!.activity!.map((a) => a.id)).toEqual(exampleExport.plan!.items.map((i) => i.id));
    expect(carePlan!.activity![0]).toMatchObject({ detail: { description: 'Opa haalt Daan op.', scheduledString: 'Dinsdag' }, progress: [{ text: 'Wat als: Dan belt Samira de school.' }] });
    const goals = one<Goal>('Goal');
    expect(goals.map((g) => g.identifier![0]!.value)).toEqual(['k0000000-0000-4000-8000-000000000002']);
    expect(carePlan!.goal).toEqual([{ reference: bundle.entry!.find((e) => e.resource === goals[0])!.fullUrl }]);
  });

  it('gives an object the same id in every export, so a receiving system updates it', () => {
    const later = fhirBundleOf({ ...exampleExport, exportedAt: '2026-12-24T10:00:00.000Z' });
    expect(later.entry!.map((e) => e.fullUrl)).toEqual(bundle.entry!.map((e) => e.fullUrl));
    expect(later.id).not.toBe(bundle.id);
  });

  it('refuses an export that names no member as "me": only a member has one', () => {
    const members = exampleExport.family.members.map((m) => ({ ...m, isMe: false }));
    expect(() => fhirBundleOf({ ...exampleExport, family: { ...exampleExport.family, members } })).toThrow();
  });
});

describe('statuses and actions', () => {
  it.each([
    ['gegeven', '2027-01-01', true, 'active'],
    ['gegeven', '2026-01-01', true, 'inactive'],
    ['geweigerd', undefined, true, 'rejected'],
    ['ingetrokken', undefined, true, 'inactive'],
    ['gegeven', '2027-01-01', false, 'inactive'],
  ] as const)('a toestemming %s until %s (latest: %s) is Consent %s', (decision, validUntil, isLatest, status) => {
    expect(toestemmingStatus({ decision, ...(validUntil ? { validUntil } : {}) }, isLatest, '2026-11-24')).toBe(status);
  });

  it.each([
    ['lezen', 'R'],
    ['aanmaken', 'C'],
    ['wijzigen', 'U'],
    ['verwijderen', 'D'],
    ['exporteren', 'E'],
    ['anders', 'E'],
  ])('a log entry %s is AuditEvent action %s', (action, code) => {
    expect(auditAction(action)).toBe(code);
  });
});
