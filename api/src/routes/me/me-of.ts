import { addressingOn, dutchDay, isDelegationActive, type Addressing, type HelpedMember, type Me } from '@onsplan/shared';
import type { Session } from '../../auth/sessions.ts';
import type { ActingAs, Principal } from '../../data/principals.ts';
import type { Services } from '../../services.ts';

/**
 * The "who am I" answer for a principal and session. A helper learns every member she helps now,
 * and for whom this request acts: the member the request names, or the only one she helps. With
 * several and none named she must choose, so no screen ever guesses whose data it shows.
 */
export function meOf(principal: Principal, session: Session, services: Services, actingAs: ActingAs = { as: 'zelf' }): Me {
  const now = services.clock.now();
  const at = { day: dutchDay(now), instant: now.toISOString() };
  const helping: HelpedMember[] = principal.delegations
    .filter((d) => isDelegationActive(d, at))
    .map((d) => ({ memberId: d.memberId, name: d.memberFirstName, familyId: d.familyId }));
  const actingFor = actingForOf(helping, actingAs);
  const idleExpires = new Date(Math.min(session.lastSeenAt.getTime() + services.config.sessionIdleMs, session.expiresAt.getTime()));
  return {
    kind: principal.kind,
    name: principal.name,
    addressing: addressingOf(principal, at.day),
    ...(actingFor ? { actingFor: { memberId: actingFor.memberId, name: actingFor.name } } : {}),
    ...(helping.length > 0 ? { helping } : {}),
    ...(principal.organisation ? { organisation: principal.organisation } : {}),
    ...(principal.kind === 'professional' && principal.jobTitle ? { jobTitle: principal.jobTitle } : {}),
    session: { expiresAt: session.expiresAt.toISOString(), idleExpiresAt: idleExpires.toISOString() },
  };
}

function actingForOf(helping: readonly HelpedMember[], actingAs: ActingAs): HelpedMember | undefined {
  if (actingAs.as === 'namens') return helping.find((h) => h.memberId === actingAs.memberId);
  return helping.length === 1 ? helping[0] : undefined;
}

/**
 * Her own age decides, as a member: a helper's account has no membership (and the portal says "u" to
 * anyone acting for someone else). Member of more families, one birth date: the first one known.
 */
function addressingOf(principal: Principal, day: string): Addressing {
  const birthDate = principal.memberships.find((m) => m.birthDate !== null)?.birthDate ?? null;
  return addressingOn(birthDate, day);
}
