import { AppError } from '../http/problems.ts';
import { isDelegationActive, type AssignmentRole, type Day, type Delegation, type Moment, type Viewer } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { LruCache, type CacheStats } from './lru-cache.ts';
import { jsonListColumns } from './rows.ts';

/**
 * A signed-in person with every relation to families that gives a way in: a member of one family,
 * a helper in another, a professional assigned to a third are relations of one account, not its
 * kind. `kind` is only how the account was made (its label in the access log and the portal); it
 * decides no access.
 */
export interface Principal {
  readonly userId: string;
  readonly name: string;
  readonly organisation: string | null;
  readonly jobTitle: string | null;
  /** Every period she is assigned to a family, past and future ones too (a hand-over keeps history). */
  readonly assignments: readonly ProfessionalAssignment[];
  readonly kind: 'member' | 'helper' | 'professional' | 'beheerder';
  readonly memberships: readonly { readonly memberId: string; readonly familyId: string; readonly firstName: string; readonly birthDate: Day | null }[];
  /** With who decided last: who ended it, else who granted it (null for a seeded one). */
  readonly delegations: readonly (Delegation & { readonly memberFirstName: string; readonly decidedByUserId: string | null })[];
}

export interface ProfessionalAssignment {
  readonly familyId: string;
  readonly role: AssignmentRole;
  readonly since: string;
  readonly until: string | null;
}

/**
 * Whom a request acts as: oneself; a helper for one member of her delegations; or a professional
 * of the family looking through a member's lens ("bekijk als"), read-only.
 */
export type ActingAs = { readonly as: 'zelf' } | { readonly as: 'namens' | 'bekijk-als'; readonly memberId: string };

/** The families this principal could enter at `at`, through any relation; the engine still decides per object. */
export function familyIdsOf(principal: Principal, at: Moment): string[] {
  return [
    ...new Set([
      ...principal.memberships.map((m) => m.familyId),
      ...principal.delegations.filter((d) => isDelegationActive(d, at)).map((d) => d.familyId),
      ...activeAssignments(principal, at),
    ]),
  ];
}

/**
 * The viewer the engine judges for this principal in one family; undefined when they have no way
 * in. As oneself only when there is exactly one way in (a member of the family, or a helper of one
 * member in it, or a professional of it); with more, the request must say which (`namens`).
 */
export function viewerIn(principal: Principal, familyId: string, at: Moment, actingAs: ActingAs = { as: 'zelf' }): Viewer | undefined {
  const { userId } = principal;
  const assigned = activeAssignments(principal, at).includes(familyId);
  const delegations = principal.delegations.filter((d) => d.familyId === familyId && isDelegationActive(d, at));
  switch (actingAs.as) {
    case 'bekijk-als':
      // Only a professional of this very family; whether the member exists is the lens's question.
      return assigned ? { kind: 'bekijk-als', userId, memberId: actingAs.memberId, familyId } : undefined;
    case 'namens': {
      const delegation = delegations.find((d) => d.memberId === actingAs.memberId);
      return delegation && { kind: 'helper', userId, delegation };
    }
    case 'zelf': {
      const ways: Viewer[] = [];
      const membership = principal.memberships.find((m) => m.familyId === familyId);
      if (membership) ways.push({ kind: 'member', userId, memberId: membership.memberId, familyId });
      for (const delegation of delegations) ways.push({ kind: 'helper', userId, delegation });
      if (assigned) {
        const familyIds = activeAssignments(principal, at);
        ways.push({ kind: 'professional', userId, familyIds, roles: rolesOf(principal, at) });
      }
      return ways.length === 1 ? ways[0] : undefined;
    }
  }
}

/** For the access log: on whose behalf a helper acts in this family. */
export function onBehalfOf(viewer: Viewer): string | null {
  return viewer.kind === 'helper' ? viewer.delegation.memberId : null;
}

/** The role per family she is assigned to at `at`; when two assignments overlap, regisseur counts. */
function rolesOf(principal: Principal, at: Moment): Record<string, AssignmentRole> {
  const roles: Record<string, AssignmentRole> = {};
  for (const a of principal.assignments) {
    if (isAssignmentActive(a, at) && roles[a.familyId] !== 'regisseur') roles[a.familyId] = a.role;
  }
  return roles;
}

/** The families she works for at `at`, by her assignments only (not as a member or helper). */
export function activeAssignments(principal: Principal, at: Moment): string[] {
  return [...new Set(principal.assignments.filter((a) => isAssignmentActive(a, at)).map((a) => a.familyId))];
}

/**
 * Work outside any one family (making a family, her own work profile, Vandaag over her families)
 * is for a professional's account: the one place the account's kind decides something, since no
 * family relation exists yet to decide it by. Anyone else gets 403.
 */
export function professionalAccount(principal: Principal): Principal {
  if (principal.kind !== 'professional') throw new AppError('niet-toegestaan');
  return principal;
}

/** An assignment counts from `since` up to (not including) `until`: a hand-over on a day ends one as the next starts. */
export function isAssignmentActive(assignment: Pick<ProfessionalAssignment, 'since' | 'until'>, at: Moment): boolean {
  const now = Date.parse(at.instant);
  return Date.parse(assignment.since) <= now && (assignment.until === null || Date.parse(assignment.until) > now);
}

/**
 * Resolves a user id to a principal. Cached per user, and the whole cache is dropped whenever an
 * account, membership, delegation or assignment changes (`principals_changed`, migration 007), so
 * a disabled account, a revoked delegation or an ended assignment counts from the next request on.
 */
export class PrincipalDirectory {
  readonly #db: Db;
  // Bounded: a process that serves many accounts keeps the recent ones, and reads the others again.
  readonly #cache: LruCache<string, Promise<Principal | undefined>>;

  constructor(db: Db, { maxEntries = 5_000 }: { maxEntries?: number } = {}) {
    this.#db = db;
    this.#cache = new LruCache(maxEntries);
  }

  cacheStats(): CacheStats {
    return this.#cache.stats();
  }

  async start(): Promise<() => Promise<void>> {
    return this.#db.listen('principals_changed', () => this.forget());
  }

  forget(): void {
    this.#cache.clear();
  }

  resolve(userId: string): Promise<Principal | undefined> {
    const cache = this.#cache;
    let found = cache.get(userId);
    if (!found) {
      const loading = this.#load(userId);
      found = loading;
      cache.set(userId, loading, 1);
      loading.catch(() => {
        if (cache.peek(userId) === loading) cache.delete(userId);
      });
    }
    return found;
  }

  /** The account and its relations in one statement: a cold request paid four round trips for them. */
  async #load(userId: string): Promise<Principal | undefined> {
    const [user] = await this.#db.query<PrincipalRow>(principalSql, [userId]);
    if (!user) return undefined;
    const delegations = user.delegations.map((d) => ({ ...d, validFrom: isoOf(d.validFrom), validUntil: isoOf(d.validUntil), revokedAt: d.revokedAt === null ? null : isoOf(d.revokedAt) }));
    const assignments = user.assignments.map((a) => ({ familyId: a.familyId, role: a.role, since: isoOf(a.since), until: a.until === null ? null : isoOf(a.until) }));
    return { userId: user.id, name: user.name, organisation: user.organisation, jobTitle: user.jobTitle, kind: user.kind, memberships: user.memberships, delegations, assignments };
  }
}

/** A time as JSON gives it (PostgreSQL's ISO text, in the session's zone) written the way the rest of the API writes times. */
const isoOf = (at: string): string => new Date(at).toISOString();

const principalParts = {
  memberships: `select id as "memberId", family_id as "familyId", first_name as "firstName", birth_date as "birthDate" from members
                 where user_id = $1 and removed_at is null order by created_at`,
  delegations: `select d.id, d.member_id as "memberId", d.family_id as "familyId", d.scopes, d.valid_from as "validFrom", d.valid_until as "validUntil",
                       d.revoked_at as "revokedAt", m.first_name as "memberFirstName",
                       coalesce(d.revoked_by_user_id, d.granted_by_user_id) as "decidedByUserId"
                  from delegations d join members m on m.id = d.member_id
                 where d.helper_user_id = $1 and m.removed_at is null order by d.valid_from`,
  assignments: `select family_id as "familyId", role, since, until from professional_assignments where user_id = $1 order by since`,
};

const principalSql = `select u.id, u.kind, u.display_name as name, u.organisation, u.job_title as "jobTitle",
    ${jsonListColumns(principalParts)}
  from users u where u.id = $1 and u.disabled_at is null`;

interface PrincipalRow {
  id: string;
  kind: Principal['kind'];
  name: string;
  organisation: string | null;
  jobTitle: string | null;
  memberships: Principal['memberships'][number][];
  delegations: (Omit<Principal['delegations'][number], 'validFrom' | 'validUntil' | 'revokedAt'> & { validFrom: string; validUntil: string; revokedAt: string | null })[];
  assignments: { familyId: string; role: AssignmentRole; since: string; until: string | null }[];
}
