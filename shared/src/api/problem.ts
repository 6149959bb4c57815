import { Type, type Static } from 'typebox';
import type { ProblemCode } from '../errors/catalogue.ts';

/**
 * The problem+json body on the wire (RFC 9457), for every error the API gives. `code`: one of the
 * catalogue's codes (shared/src/errors), which the portal maps to its words. `retryAfter`: seconds
 * to wait, on 429. `fields`: which input fields were wrong, on 400.
 */
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.Unsafe<ProblemCode>({ type: 'string' }),
    detail: Type.Optional(Type.String()),
    retryAfter: Type.Optional(Type.Integer()),
    fields: Type.Optional(Type.Array(Type.String())),
  },
  { $id: 'Problem' },
);
export type Problem = Static<typeof ProblemSchema>;
