import type { FamilyMemberView, MemberFieldView } from '@onsplan/shared';
import type { Address, BundleEntry, ContactPoint, Patient, RelatedPerson } from '@medplum/fhirtypes';
import { concept, onsPlanCodes } from './codes.ts';
import { entry, type ExportContext } from './context.ts';

/**
 * The members of the export: the member herself as the Patient, every other member she may see as
 * a RelatedPerson of hers, each with only the contact details the JSON export shows her. Their role
 * is Ons Plan's own code: "ouder" says what someone is in the family, not what she is to the member.
 */
export function peopleEntries(members: readonly FamilyMemberView[], context: ExportContext): BundleEntry[] {
  return members.map((m) => {
    const details = contactDetails(m.fields);
    if (m.isMe) {
      const patient: Patient = { resourceType: 'Patient', active: true, name: [{ given: [m.firstName] }], ...details };
      return entry('gezinslid', m.id, patient);
    }
    const person: RelatedPerson = {
      resourceType: 'RelatedPerson',
      active: true,
      patient: context.patient,
      relationship: [concept(onsPlanCodes('gezinsrol'), m.role)],
      name: [{ given: [m.firstName] }],
      ...details,
    };
    return entry('gezinslid', m.id, person);
  });
}

function contactDetails(fields: readonly MemberFieldView[]): { telecom?: ContactPoint[]; address?: Address[] } {
  const telecom: ContactPoint[] = [];
  const address: Address[] = [];
  for (const f of fields) {
    if (f.field === 'adres') address.push({ text: f.value });
    else telecom.push({ system: f.field === 'telefoon' ? 'phone' : 'email', value: f.value });
  }
  return { ...(telecom.length ? { telecom } : {}), ...(address.length ? { address } : {}) };
}
