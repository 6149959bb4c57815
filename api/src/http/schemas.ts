import type { Problem } from '@onsplan/shared';
import { Uuid } from '@onsplan/shared/api-schemas';
import { Type, type TUnsafe } from '@fastify/type-provider-typebox';

/** JSON schemas for the wire types; response schemas are a second net: unknown fields never leave. */

// Registered once for every route (app.ts); a route answers an error as a $ref to it.
export { ProblemSchema as problemSchema } from '@onsplan/shared/api-schemas';

/** The problem responses every route can give. */
export function problemResponses(...statuses: number[]): Record<number, TUnsafe<Problem>> {
  return Object.fromEntries([...new Set([...statuses, 500])].map((s) => [s, problemRef]));
}

// Typed as the wire Problem so a handler's answer is checked against it, not widened to unknown.
const problemRef = Type.Unsafe<Problem>({ $ref: 'Problem#' });

export const familyIdParams = Type.Object({ familyId: Uuid() }, { additionalProperties: false });

export { passkeyIdMaxLength } from '@onsplan/shared/api-schemas';
