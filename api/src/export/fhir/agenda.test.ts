import type { AfspraakView } from '@onsplan/shared';
import type { Appointment, Communication } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { agendaEntries } from './agenda.ts';
import { exampleContext, exampleExport } from './examples.ts';

const daan = exampleExport.family.members[1]!;

const afspraak: AfspraakView = {
  id: 'a0000000-0000-4000-8000-000000000001',
  title: 'Gesprek',
  start: '2026-12-01T09:00:00.000Z',
  end: '2026-12-01T10:00:00.000Z',
  placeKind: 'adres',
  members: [{ memberId: daan.id, firstName: 'Daan' }],
  professionals: [{ name: 'Fatima Yılmaz', organisation: 'Lokaal team' }],
  plannedBy: { name: 'Fatima Yılmaz' },
  cancelled: false,
  sequence: 1,
  verplaatsverzoeken: [
    {
      id: 'v0000000-0000-4000-8000-000000000009',
      reason: 'Ik moet werken.',
      askedAt: '2026-11-25T10:00:00.000Z',
      askedBy: { memberId: daan.id, firstName: 'Daan' },
      answer: { kind: 'nee', message: 'Het kan niet anders.', answeredAt: '2026-11-26T10:00:00.000Z', answeredBy: 'Fatima Yılmaz' },
    },
  ],
  mayAskToMove: false,
};

describe('appointments', () => {
  it('without the place when the JSON export hides it from the member: no Location at all', () => {
    const [entry] = agendaEntries([afspraak], exampleContext);
    const appointment = entry!.resource as Appointment;
    expect(appointment.participant.map((p) => p.actor?.type ?? 'lid')).toEqual(['lid', 'Practitioner']);
    expect(JSON.stringify(appointment)).not.toContain('Location');
  });

  it('with the place as a Location by name when she may see it, and cancelled as cancelled', () => {
    const [entry] = agendaEntries([{ ...afspraak, place: { kind: 'adres', value: 'Lindelaan 12' }, cancelled: true }], exampleContext);
    const appointment = entry!.resource as Appointment;
    expect(appointment.status).toBe('cancelled');
    expect(appointment.participant).toContainEqual(expect.objectContaining({ actor: { display: 'Lindelaan 12', type: 'Location' } }));
  });

  it('a request to move it and its answer are Communications about it, the answer in response to the request', () => {
    const [appointment, request, answer] = agendaEntries([afspraak], exampleContext);
    expect((request!.resource as Communication).about).toEqual([{ reference: appointment!.fullUrl, display: 'Gesprek' }]);
    expect((answer!.resource as Communication).inResponseTo).toEqual([{ reference: request!.fullUrl }]);
    expect((request!.resource as Communication).sender).toEqual({ reference: expect.stringMatching(/^urn:uuid:/), display: 'Daan' });
  });
});
