import type { GuardedKind } from '@onsplan/shared';
import type { AccessAction } from './access-log.ts';
import type { FamilyScope } from './family-scope.ts';

/**
 * What one request met that this person may not see, so that a refused answer gets its NEN 7513
 * entry (REQUIREMENTS D1): the objects the evaluator judged hidden, the family last opened, and a
 * family that would not open. Lives for one request, inside the scoped repository.
 */
export class RefusalTrail {
  /** Objects judged hidden during this request, by id. Bounded by the size of one family. */
  readonly hidden = new Map<string, GuardedKind>();
  /** The family opened last: it says on whose behalf the person acted. */
  scope: FamilyScope | undefined;
  /** A family this person could not open (unknown, or not theirs). */
  closedFamilyId: string | undefined;
}

/** A refused request as the HTTP layer saw it: its status, what it tried, and every id it named. */
export interface Attempt {
  status: 403 | 404;
  action: AccessAction;
  /** The route pattern (`GET /api/v1/gezinnen/:familyId/plan`), never the values in it. */
  route: string;
  ids: readonly string[];
}

/** The action a request tried, by its method. */
export function attemptedAction(method: string): AccessAction {
  switch (method) {
    case 'GET':
    case 'HEAD':
      return 'lezen';
    case 'POST':
      return 'aanmaken';
    case 'DELETE':
      return 'verwijderen';
    default:
      return 'wijzigen';
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id (uuid) a request names in its path, query or JSON body, a few levels deep. */
export function idsIn(...parts: unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (uuid.test(value)) found.add(value.toLowerCase());
    } else if (depth < 4 && isPlain(value)) {
      for (const v of Object.values(value)) walk(v, depth + 1);
    }
  };
  for (const part of parts) walk(part, 0);
  return [...found];
}

/** Arrays and plain objects (Fastify's params have a null-prototype class); not bytes or streams. */
function isPlain(value: unknown): value is object {
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  return Object.prototype.toString.call(value) === '[object Object]' && typeof (value as { pipe?: unknown }).pipe !== 'function';
}
