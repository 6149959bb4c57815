import type { Guarded } from './types.ts';

/**
 * A member profile (name, role) is family information: the whole family sees it and the member is
 * named, so a youth or network member always sees their own profile. Contactverbod still blocks it.
 */
export function memberProfileGuarded(familyId: string, memberId: string): Guarded {
  return {
    kind: 'member',
    id: memberId,
    familyId,
    audience: 'gezin',
    audienceMembers: [memberId],
    subjects: [memberId],
    authorMemberId: null,
    shieldedFrom: [],
    sharedAcrossContactverbod: false,
    generalInfo: true,
    fieldShields: {},
  };
}
