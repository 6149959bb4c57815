import type { AccessEntry } from './access-log.ts';
import type { Principal } from './principals.ts';

/**
 * A sign-in or sign-out (NEN 7513 aanmelden / afmelden; REQUIREMENTS D1). It concerns the account,
 * not one family's data, so it names no family and no member: it stays out of every member's
 * "Wie heeft mijn gegevens bekeken", and auditors find it by the user.
 */
export function accountEntry(principal: Principal, action: 'inloggen' | 'uitloggen', clientIp: string | null, at: Date): AccessEntry {
  return {
    at,
    actorUserId: principal.userId,
    actorKind: principal.kind,
    actorName: principal.name,
    actorOrganisation: principal.organisation,
    onBehalfOfMemberId: null,
    familyId: null,
    subjectMemberIds: [],
    action,
    objectKind: 'sessie',
    objectIds: [],
    clientIp,
  };
}
