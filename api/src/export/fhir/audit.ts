import type { AccessLogActorView, AccessLogEntryView } from '@onsplan/shared';
import type { AuditEvent, AuditEventAgent, BundleEntry } from '@medplum/fhirtypes';
import { dicom, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';
import { displayReference, type Ref } from './ids.ts';

const actionCodes: Record<string, AuditEvent['action']> = {
  lezen: 'R',
  'bekijken-als': 'R',
  zoeken: 'R',
  aanmaken: 'C',
  wijzigen: 'U',
  verwijderen: 'D',
};

/** The FHIR action of a log action: reads, creates, changes and deletes as such; printing, exporting, signing in and the rest as "execute". */
export function auditAction(action: string): AuditEvent['action'] {
  return actionCodes[action] ?? 'E';
}

/**
 * "Wie heeft mijn gegevens bekeken" as AuditEvents (NEN 7513 entries), exactly the entries of the
 * JSON export: who (as the member may know her), what, when, on whose behalf, and only the object
 * ids she may see. The Ons Plan action is the subtype.
 */
export function auditEntries(log: readonly AccessLogEntryView[], context: ExportContext): BundleEntry[] {
  return log.map((e) => {
    const agent: AuditEventAgent[] = [{ who: actor(e.actor, context), requestor: true, ...(e.actor.jobTitle ? { role: [{ text: e.actor.jobTitle }] } : {}) }];
    if (e.onBehalfOf) agent.push({ who: context.member(e.onBehalfOf.memberId) ?? displayReference(e.onBehalfOf.name), requestor: false, role: [{ text: 'namens' }] });
    const event: AuditEvent = {
      resourceType: 'AuditEvent',
      type: { system: dicom, code: '110110', display: 'Patient Record' },
      subtype: [{ system: onsPlanCodes('logactie'), code: e.action }],
      action: auditAction(e.action),
      recorded: e.at,
      agent,
      source: { observer: { display: 'Ons Plan' } },
      entity: [
        { what: context.patient, role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' } },
        ...e.objectIds.map((id) => ({ what: { identifier: { system: `urn:onsplan:${e.objectKind}`, value: id } }, type: { system: onsPlanCodes('logobject'), code: e.objectKind } })),
      ],
    };
    return entry('toegang', e.id, event);
  });
}

function actor(a: AccessLogActorView, context: ExportContext): Ref {
  if (a.isMe && a.kind === 'gezinslid') return context.patient;
  if (a.kind === 'gezinslid') return context.member(a.memberId) ?? displayReference(a.name ?? 'Een gezinslid');
  if (a.kind === 'systeem') return displayReference('Ons Plan', 'Device');
  const name = a.name ?? (a.kind === 'helper' ? 'Een helper' : 'Een professional');
  return displayReference(a.organisation ? `${name}, ${a.organisation}` : name, a.kind === 'helper' ? undefined : 'Practitioner');
}
