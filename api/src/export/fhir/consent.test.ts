import type { InstemmingOverview, ToestemmingOverview } from '@onsplan/shared';
import type { Consent } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { instemmingEntries, remarkExtension, toestemmingEntries } from './consent.ts';
import { exampleContext, exampleExport } from './examples.ts';

const [samira, daan] = exampleExport.family.members as [(typeof exampleExport.family.members)[0], (typeof exampleExport.family.members)[0]];
const plan = exampleExport.plan!;

describe('instemming as a Consent', () => {
  const overview: InstemmingOverview = {
    version: { id: plan.version.id, number: 2, publishedAt: plan.version.publishedAt, isCurrent: true },
    mine: [
      {
        memberId: samira.id,
        firstName: 'Samira',
        forSelf: true,
        answer: { id: 'n1', versionId: plan.version.id, versionNumber: 2, memberId: samira.id, decision: 'niet-eens', remark: 'Dit klopt niet.', answeredAt: '2026-11-24T10:00:00.000Z', by: { kind: 'member', isMe: true } },
        previous: { id: 'n0', versionId: 'older', versionNumber: 1, memberId: samira.id, decision: 'eens', answeredAt: '2026-11-01T10:00:00.000Z', by: { kind: 'member', isMe: true } },
      },
    ],
  };
  const [now, before] = instemmingEntries(overview, plan, exampleContext).map((e) => e.resource as Consent);

  it('is a treatment Consent on the version she read, deny for niet eens, with her reason', () => {
    expect(now).toMatchObject({ scope: { coding: [{ code: 'treatment' }] }, provision: { type: 'deny', data: [{ meaning: 'related', reference: { reference: expect.stringMatching(/^urn:uuid:/) } }] } });
    expect(now!.extension).toEqual([{ url: remarkExtension, valueString: 'Dit klopt niet.' }]);
    expect(now!.patient?.display).toBe('Samira');
  });

  it('an answer on an older version, which the bundle does not hold, names that version by its id', () => {
    expect(before!.provision).toMatchObject({ type: 'permit', data: [{ reference: { identifier: { value: 'older' } } }] });
  });
});

describe('toestemming about a child’s data', () => {
  const decision = { id: 't1', subjectMemberId: daan.id, recipient: { kind: 'organisatie' as const, name: 'School' }, purpose: 'Afstemmen.', decision: 'gegeven' as const, validUntil: '2027-01-01', decidedAt: '2026-11-24T10:00:00.000Z', by: { kind: 'member' as const, memberId: samira.id, isMe: true } };
  const overview: ToestemmingOverview = {
    subjects: [],
    toestemmingen: [{ subject: { memberId: daan.id, firstName: 'Daan' }, recipient: decision.recipient, status: 'compleet', purpose: 'Afstemmen.', validUntil: '2027-01-01', deciders: [{ memberId: samira.id, firstName: 'Samira', decision }], history: [decision] }],
  };

  it('is one privacy Consent with the child as its data (a Consent’s patient can only be the member), given by her', () => {
    const consents = toestemmingEntries(overview, exampleContext, '2026-11-24').map((e) => e.resource as Consent);
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({ status: 'active', scope: { coding: [{ code: 'patient-privacy' }] }, performer: [{ display: 'Samira' }] });
    expect(consents[0]!.patient).toBeUndefined();
    expect(consents[0]!.provision?.data).toEqual([{ meaning: 'dependents', reference: expect.objectContaining({ display: 'Daan' }) }]);
    expect(consents[0]!.provision?.actor?.[0]?.reference).toEqual({ display: 'School' });
  });
});
