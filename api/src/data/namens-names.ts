import { firstName } from '@onsplan/shared';
import type { FamilyScope } from './family-scope.ts';

/**
 * "Ria namens Samira" as this viewer names them. The family and helpers know each other by first
 * name; a professional reads full names ("Ria Bakker namens Samira El Amrani"), as she must tell
 * people apart across her families and in the file (issue 11). "Bekijk als" is the member's view,
 * so it names as the member does.
 */

/** The helper's name: her full account name for a professional, else her first name. */
export function helperNameFor(scope: FamilyScope, fullName: string): string {
  return scope.isProfessional ? fullName : firstName(fullName);
}

/** The member a helper acted for, when this viewer may see her: full name for a professional, else first name. */
export function onBehalfOfNameFor(scope: FamilyScope, memberId: string | null): string | undefined {
  const first = scope.memberName(memberId);
  if (!first || !scope.isProfessional) return first;
  const member = scope.snapshot.members.find((m) => m.id === memberId);
  return member ? `${member.firstName} ${member.lastName}`.trim() : first;
}

