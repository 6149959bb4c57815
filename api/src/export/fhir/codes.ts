import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

/**
 * Code systems of the FHIR export. Where HL7 has a code for what Ons Plan means, it is used; the
 * rest are Ons Plan's own codes under `urn:onsplan:code:`, which a receiving system can show as text.
 */

/** Ons Plan's own code system for one list of codes. */
export const onsPlanCodes = (list: string) => `urn:onsplan:code:${list}`;

/** HL7 Patient Request for Corrections IG (v1.0.0, STU1), for correctieverzoeken and eigen verklaringen. */
export const correctionTaskTypes = 'http://hl7.org/fhir/uv/patient-corrections/CodeSystem/PatientCorrectionTaskTypes';
export const correctionBusinessStatus = 'http://hl7.org/fhir/uv/patient-corrections/CodeSystem/PatientCorrectionBusinessStatus';
export const correctionOutputTypes = 'http://hl7.org/fhir/uv/patient-corrections/CodeSystem/PatientCorrectionOutputTypes';

export const consentScope = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const v3ActCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const v3ParticipationType = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
export const dicom = 'http://dicom.nema.org/resources/ontology/DCM';
export const loinc = 'http://loinc.org';

/** A concept with one coding and the same words as text, so a system that does not know the code still shows it. */
export function concept(system: string, code: string, display?: string): CodeableConcept {
  const coding: Coding = { system, code, ...(display ? { display } : {}) };
  return { coding: [coding], ...(display ? { text: display } : {}) };
}
