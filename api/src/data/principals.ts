import { isDelegationActive, type AssignmentRole, type Delegation, type Moment, type Viewer } from '@onsplan/shared';
import type { Db } from '../db/database.ts';

/** A signed-in user with everything needed to build a viewer for any family. */
export type Principal = MemberPrincipal | HelperPrincipal | ProfessionalPrincipal | BeheerderPrincipal;

interface PrincipalBase {
  readonly userId: string;
  readonly name: string;
  readonly organisation: string | null;
}

export interface MemberPrincipal extends PrincipalBase {
  readonly kind: 'member';
  readonly memberships: readonly { readonly memberId: string; readonly familyId: string; readonly firstName: string }[];
}

export interface HelperPrincipal extends PrincipalBase {
  readonly kind: 'helper';
  readonly delegations: readonly (Delegation & { readonly memberFirstName: string })[];
}

export interface ProfessionalPrincipal extends PrincipalBase {
  readonly kind: 'professional';
  readonly jobTitle: string | null;
  readonly assignments: readonly { readonly familyId: string; readonly role: AssignmentRole; readonly until: string | null }[];
}

export interface BeheerderPrincipal extends PrincipalBase {
  readonly kind: 'beheerder';
}

/**
 * Whom a request acts as: oneself; a helper for one member of her delegations; or a professional
 * of the family looking through a member's lens ("bekijk als"), read-only.
 */
export type ActingAs = { readonly as: 'zelf' } | { readonly as: 'namens' | 'bekijk-als'; readonly memberId: string };

/** The families this principal could enter at `at`; the engine still decides per object. */
export function familyIdsOf(principal: Principal, at: Moment): string[] {
  switch (principal.kind) {
    case 'member':
      return principal.memberships.map((m) => m.familyId);
    case 'helper':
      return [...new Set(principal.delegations.filter((d) => isDelegationActive(d, at)).map((d) => d.familyId))];
    case 'professional':
      return activeAssignments(principal, at);
    case 'beheerder':
      return [];
  }
}

/** The viewer the engine judges for this principal in one family; undefined when they have no way in. */
export function viewerIn(principal: Principal, familyId: string, at: Moment, actingAs: ActingAs = { as: 'zelf' }): Viewer | undefined {
  if (actingAs.as === 'bekijk-als') {
    // Only a professional of this very family; whether the member exists is the lens's question.
    if (principal.kind !== 'professional' || !activeAssignments(principal, at).includes(familyId)) return undefined;
    return { kind: 'bekijk-als', userId: principal.userId, memberId: actingAs.memberId, familyId };
  }
  if (actingAs.as === 'namens') {
    if (principal.kind !== 'helper') return undefined;
    const delegation = principal.delegations.find((d) => d.familyId === familyId && d.memberId === actingAs.memberId && isDelegationActive(d, at));
    return delegation && { kind: 'helper', userId: principal.userId, delegation };
  }
  switch (principal.kind) {
    case 'member': {
      const membership = principal.memberships.find((m) => m.familyId === familyId);
      return membership && { kind: 'member', userId: principal.userId, memberId: membership.memberId, familyId };
    }
    case 'helper': {
      const delegation = principal.delegations.find((d) => d.familyId === familyId && isDelegationActive(d, at));
      return delegation && { kind: 'helper', userId: principal.userId, delegation };
    }
    case 'professional': {
      const familyIds = activeAssignments(principal, at);
      return { kind: 'professional', userId: principal.userId, familyIds, roles: rolesOf(principal, familyIds) };
    }
    case 'beheerder':
      return { kind: 'beheerder', userId: principal.userId };
  }
}

/** For the access log: on whose behalf a helper acts in this family. */
export function onBehalfOf(viewer: Viewer): string | null {
  return viewer.kind === 'helper' ? viewer.delegation.memberId : null;
}

/** The role per active family; when two assignments overlap, regisseur counts. */
function rolesOf(principal: ProfessionalPrincipal, familyIds: readonly string[]): Record<string, AssignmentRole> {
  const roles: Record<string, AssignmentRole> = {};
  for (const a of principal.assignments) {
    if (familyIds.includes(a.familyId) && roles[a.familyId] !== 'regisseur') roles[a.familyId] = a.role;
  }
  return roles;
}

function activeAssignments(principal: ProfessionalPrincipal, at: Moment): string[] {
  const now = Date.parse(at.instant);
  return principal.assignments.filter((a) => a.until === null || Date.parse(a.until) > now).map((a) => a.familyId);
}

interface UserRow {
  id: string;
  kind: Principal['kind'];
  name: string;
  organisation: string | null;
  jobTitle: string | null;
}

/**
 * Resolves a user id to a principal. Cached per user, and the whole cache is dropped whenever an
 * account, membership, delegation or assignment changes (`principals_changed`, migration 007), so
 * a disabled account, a revoked delegation or an ended assignment counts from the next request on.
 */
export class PrincipalDirectory {
  readonly #db: Db;
  #cache = new Map<string, Promise<Principal | undefined>>();

  constructor(db: Db) {
    this.#db = db;
  }

  async start(): Promise<() => Promise<void>> {
    return this.#db.listen('principals_changed', () => this.forget());
  }

  forget(): void {
    this.#cache = new Map();
  }

  resolve(userId: string): Promise<Principal | undefined> {
    const cache = this.#cache;
    let found = cache.get(userId);
    if (!found) {
      found = this.#load(userId);
      cache.set(userId, found);
      found.catch(() => cache.delete(userId));
    }
    return found;
  }

  async #load(userId: string): Promise<Principal | undefined> {
    const [user] = await this.#db.query<UserRow>(
      `select id, kind, display_name as name, organisation, job_title as "jobTitle" from users where id = $1 and disabled_at is null`,
      [userId],
    );
    if (!user) return undefined;
    const base = { userId: user.id, name: user.name, organisation: user.organisation };
    switch (user.kind) {
      case 'member': {
        const memberships = await this.#db.query<{ memberId: string; familyId: string; firstName: string }>(
          `select id as "memberId", family_id as "familyId", first_name as "firstName" from members
            where user_id = $1 and removed_at is null order by created_at`,
          [userId],
        );
        return { ...base, kind: 'member', memberships };
      }
      case 'helper': {
        const rows = await this.#db.query<{ id: string; memberId: string; familyId: string; scope: Delegation['scope']; validFrom: Date; validUntil: Date; revokedAt: Date | null; memberFirstName: string }>(
          `select d.id, d.member_id as "memberId", d.family_id as "familyId", d.scope, d.valid_from as "validFrom", d.valid_until as "validUntil",
                  d.revoked_at as "revokedAt", m.first_name as "memberFirstName"
             from delegations d join members m on m.id = d.member_id
            where d.helper_user_id = $1 and m.removed_at is null order by d.valid_from`,
          [userId],
        );
        const delegations = rows.map((d) => ({
          ...d,
          validFrom: d.validFrom.toISOString(),
          validUntil: d.validUntil.toISOString(),
          revokedAt: d.revokedAt ? d.revokedAt.toISOString() : null,
        }));
        return { ...base, kind: 'helper', delegations };
      }
      case 'professional': {
        const rows = await this.#db.query<{ familyId: string; role: AssignmentRole; until: Date | null }>(
          `select family_id as "familyId", role, until from professional_assignments where user_id = $1 order by since`,
          [userId],
        );
        const assignments = rows.map((a) => ({ familyId: a.familyId, role: a.role, until: a.until ? a.until.toISOString() : null }));
        return { ...base, kind: 'professional', jobTitle: user.jobTitle, assignments };
      }
      case 'beheerder':
        return { ...base, kind: 'beheerder' };
    }
  }
}
