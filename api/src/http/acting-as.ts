import type { FastifyRequest } from 'fastify';
import type { ActingAs } from '../data/principals.ts';
import { AppError } from './problems.ts';

/**
 * The one way a request says whom it acts as (issue 10): the header `Ons-Plan-Als`.
 * - absent: as oneself (a member, a professional, or a helper with one way in);
 * - `namens:<memberId>`: a helper for the member of one of her delegations;
 * - `bekijk-als:<memberId>`: a professional of the family looks through that member's lens, read-only.
 * A member id that is unknown, or not open to this account, answers the same 404 as any hidden family.
 */
export const actingAsHeader = 'ons-plan-als';

const pattern = /^(namens|bekijk-als):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Reads the header; a malformed value is a 400, never a silent "as myself". */
export function actingAsOf(request: FastifyRequest): ActingAs {
  const raw = request.headers[actingAsHeader];
  if (raw === undefined) return { as: 'zelf' };
  const match = typeof raw === 'string' ? pattern.exec(raw.trim().toLowerCase()) : null;
  if (!match) throw new AppError('ongeldige-invoer', { fields: [actingAsHeader], detail: 'Gebruik namens:<id> of bekijk-als:<id>.' });
  return { as: match[1] as 'namens' | 'bekijk-als', memberId: match[2]! };
}

/** Looking as a member only reads: any other method is refused before a route runs. */
export function refuseWritesWhilePreviewing(request: FastifyRequest, actingAs: ActingAs): void {
  if (actingAs.as === 'bekijk-als' && request.method !== 'GET' && request.method !== 'HEAD') {
    throw new AppError('niet-toegestaan', { detail: 'Wie meekijkt als een gezinslid, kan alleen lezen.' });
  }
}
