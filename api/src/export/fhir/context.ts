import type { MyDataExport } from '@onsplan/shared';
import type { BundleEntry, Resource } from '@medplum/fhirtypes';
import { bundleReference, fullUrl, onsPlanIdentifier, stableUuid, type ObjectKind, type Ref } from './ids.ts';

/**
 * What every mapper needs to know about the export it maps: who the member is (the Patient) and
 * which other members the export names (a RelatedPerson each), so a reference never points at a
 * person the member may not see.
 */
export interface ExportContext {
  familyId: string;
  /** The member whose export this is (also when her helper downloads it). */
  selfMemberId: string;
  patient: Ref;
  /** A reference to a member this export holds, or undefined for anyone else. */
  member(memberId: string | undefined): Ref | undefined;
}

/** The context of one export; fails when it names no member as "me": only a member has an export. */
export function exportContext(data: MyDataExport): ExportContext {
  const self = data.family.members.find((m) => m.isMe);
  if (!self) throw new Error('An export without the member herself cannot become a FHIR bundle.');
  const known = new Map(data.family.members.map((m) => [m.id, m.firstName]));
  return {
    familyId: data.familyId,
    selfMemberId: self.id,
    patient: bundleReference('gezinslid', self.id, self.firstName),
    member: (memberId) => (memberId && known.has(memberId) ? bundleReference('gezinslid', memberId, known.get(memberId)) : undefined),
  };
}

/** One entry of the bundle: the resource with its stable id, its fullUrl and its Ons Plan identifier. */
export function entry(kind: ObjectKind, objectId: string, resource: Resource): BundleEntry {
  const withIdentifier = identified.has(resource.resourceType) ? addIdentifier(resource, kind, objectId) : resource;
  return { fullUrl: fullUrl(kind, objectId), resource: { id: stableUuid(kind, objectId), ...withIdentifier } };
}

// Resources that can carry the Ons Plan id as an identifier; an AuditEvent cannot, its id is derived from it.
const identified = new Set([
  'Patient',
  'RelatedPerson',
  'CarePlan',
  'Goal',
  'Consent',
  'Task',
  'DocumentReference',
  'Communication',
  'Appointment',
  'Observation',
]);

function addIdentifier<R extends Resource>(resource: R, kind: ObjectKind, objectId: string): R {
  const own = onsPlanIdentifier(kind, objectId);
  const existing = (resource as { identifier?: unknown[] }).identifier ?? [];
  return { ...resource, identifier: [own, ...existing] };
}
