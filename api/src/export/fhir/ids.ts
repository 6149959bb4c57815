import type { SyncRecordKind } from '@onsplan/shared';
import type { Identifier, Reference } from '@medplum/fhirtypes';
import { createHash } from 'node:crypto';

/**
 * Ids in the FHIR export. Every resource gets a UUID derived from what it is and the Ons Plan id it
 * comes from, so the same object has the same id in every export (a receiving system can update
 * instead of duplicate) while nothing about the family can be read back from it.
 */

/**
 * The kinds of Ons Plan objects the export names; also the tail of each identifier system. The
 * written objects use the words of the sync; the rest are parts and objects only the export names.
 */
export type ObjectKind =
  | Exclude<SyncRecordKind, 'gezin' | 'scores'>
  | 'gezinslid'
  | 'persoonsgegeven'
  | 'planversie'
  | 'onderdeel'
  | 'doel'
  | 'verplaatsverzoek'
  | 'verplaatsantwoord'
  | 'score'
  | 'toegang'
  | 'export';

/** A version-5-style UUID (SHA-1 of a name), stable for one kind and id. */
export function stableUuid(kind: ObjectKind, id: string): string {
  const hash = createHash('sha1').update(`onsplan:${kind}:${id}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The fullUrl of a resource in the bundle, and what references to it say. */
export function fullUrl(kind: ObjectKind, id: string): string {
  return `urn:uuid:${stableUuid(kind, id)}`;
}

/** The system of Ons Plan's own identifiers of one kind. */
export function identifierSystem(kind: ObjectKind): string {
  return `urn:onsplan:${kind}`;
}

/** The Ons Plan id of an object, as a FHIR identifier: how the export and the JSON export are compared. */
export function onsPlanIdentifier(kind: ObjectKind, id: string): Identifier {
  return { system: identifierSystem(kind), value: id };
}

/**
 * A reference as the export makes them: untyped in TypeScript, since one member is a Patient in
 * her own export and a RelatedPerson in another's; the validator checks each against its element.
 */
export type Ref = Reference<never>;

/** A reference to a resource in the same bundle. */
export function bundleReference(kind: ObjectKind, id: string, display?: string): Ref {
  return { reference: fullUrl(kind, id), ...(display ? { display } : {}) };
}

/** A reference to something the bundle does not hold (an older plan version): by its Ons Plan id only. */
export function identifierReference(kind: ObjectKind, id: string, display?: string): Ref {
  return { identifier: onsPlanIdentifier(kind, id), ...(display ? { display } : {}) };
}

/** Only a name, for a person or place that has no resource of its own here (a professional, a helper). */
export function displayReference(display: string, type?: 'Practitioner' | 'Location' | 'Device'): Ref {
  return { display, ...(type ? { type: type as never } : {}) };
}
