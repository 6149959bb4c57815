import { dutchDay, isDelegationActive, type Me } from '@onsplan/shared';
import type { Session } from '../../auth/sessions.ts';
import type { Principal } from '../../data/principals.ts';
import type { Services } from '../../services.ts';

/** The "who am I" answer for a principal and session. */
export function meOf(principal: Principal, session: Session, services: Services): Me {
  const now = services.clock.now();
  const at = { day: dutchDay(now), instant: now.toISOString() };
  const delegation = principal.delegations.find((d) => isDelegationActive(d, at));
  const idleExpires = new Date(Math.min(session.lastSeenAt.getTime() + services.config.sessionIdleMs, session.expiresAt.getTime()));
  return {
    kind: principal.kind,
    name: principal.name,
    ...(delegation ? { actingFor: { memberId: delegation.memberId, name: delegation.memberFirstName } } : {}),
    ...(principal.organisation ? { organisation: principal.organisation } : {}),
    ...(principal.kind === 'professional' && principal.jobTitle ? { jobTitle: principal.jobTitle } : {}),
    session: { expiresAt: session.expiresAt.toISOString(), idleExpiresAt: idleExpires.toISOString() },
  };
}
