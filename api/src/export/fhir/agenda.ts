import type { AfspraakView } from '@onsplan/shared';
import type { AppointmentParticipant, BundleEntry, Appointment, Communication } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { bundleReference, displayReference } from './ids.ts';

/**
 * The appointments the member takes part in, each an Appointment; the place is a participant
 * (a Location by name only) and only there when the JSON export shows it to her. Her requests to
 * move one are Communications about it, the professional's answer one in response.
 */
export function agendaEntries(afspraken: readonly AfspraakView[], context: ExportContext): BundleEntry[] {
  return afspraken.flatMap((a) => [entry('afspraak', a.id, appointment(a, context)), ...a.verplaatsverzoeken.flatMap((v) => moveRequest(a, v, context))]);
}

function appointment(a: AfspraakView, context: ExportContext): Appointment {
  const participant: AppointmentParticipant[] = [
    ...a.members.map((m) => ({ actor: context.member(m.memberId) ?? displayReference(m.firstName), status: 'accepted' as const })),
    ...a.professionals.map((p) => ({ actor: displayReference(p.organisation ? `${p.name}, ${p.organisation}` : p.name, 'Practitioner'), status: 'accepted' as const })),
  ];
  if (a.place) participant.push({ type: [concept(onsPlanCodes('plaats'), a.place.kind)], actor: displayReference(a.place.value, 'Location'), status: 'accepted' });
  return {
    resourceType: 'Appointment',
    status: a.cancelled ? 'cancelled' : 'booked',
    serviceType: [concept(onsPlanCodes('plaats'), a.placeKind)],
    description: a.title,
    start: a.start,
    end: a.end,
    ...(a.note ? { comment: a.note } : {}),
    participant: participant.length ? participant : [{ actor: displayReference(a.plannedBy.name, 'Practitioner'), status: 'accepted' }],
  };
}

function moveRequest(a: AfspraakView, v: AfspraakView['verplaatsverzoeken'][number], context: ExportContext): BundleEntry[] {
  const about = [bundleReference('afspraak', a.id, a.title)];
  const request: Communication = {
    resourceType: 'Communication',
    status: 'completed',
    category: [concept(onsPlanCodes('bericht'), 'verplaatsverzoek', 'Vraag om een ander moment')],
    about,
    sent: v.askedAt,
    sender: context.member(v.askedBy.memberId) ?? displayReference(v.askedBy.firstName),
    payload: [{ contentString: v.reason }],
  };
  const entries = [entry('verplaatsverzoek', v.id, request)];
  if (v.answer) {
    const answer: Communication = {
      resourceType: 'Communication',
      status: 'completed',
      category: [concept(onsPlanCodes('bericht'), `antwoord-${v.answer.kind}`)],
      about,
      inResponseTo: [bundleReference('verplaatsverzoek', v.id)],
      sent: v.answer.answeredAt,
      sender: displayReference(v.answer.answeredBy, 'Practitioner'),
      payload: [{ contentString: v.answer.message }, ...(v.answer.start ? [{ contentString: `Nieuw moment: ${v.answer.start} tot ${v.answer.end ?? ''}`.trim() }] : [])],
    };
    entries.push(entry('verplaatsantwoord', v.id, answer));
  }
  return entries;
}
