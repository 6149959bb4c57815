/**
 * The API shapes as values (TypeBox JSON Schemas), for the API's validation, response filtering and
 * OpenAPI document. A separate entry point: the portal takes only the derived types from the main
 * index (`export type *`), so TypeBox's runtime never enters its bundle.
 */
export * from './schema-kit.ts';
export * from './readers.ts';
export * from './plan.ts';
export * from './comments.ts';
export * from './export.ts';
export * from './sync.ts';
export * from './devices.ts';
export * from './corrections.ts';
export * from './scores.ts';
export * from './contact-messages.ts';
export * from './documents.ts';
export * from './access-log.ts';
export * from './agenda.ts';
export * from './satisfaction.ts';
export * from './helper-actions.ts';
export * from './youth-say.ts';
export * from './toestemmingsverzoeken.ts';
export * from './toestemming.ts';
export * from './instemming.ts';
export * from './today.ts';
export * from './work-profile.ts';
export * from './prints.ts';
export * from './admin.ts';
export * from './delegations.ts';
export * from './family-admin.ts';
export * from './plan-drafts.ts';
export * from './plan-versions.ts';
export * from './contact-changes.ts';
export * from './auth.ts';
export * from './problem.ts';
