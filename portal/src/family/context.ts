import type { FamilySummary, Me } from '@onsplan/shared';
import { useOutletContext } from 'react-router';

export interface FamilyContext {
  me: Me;
  family: FamilySummary;
}

/** The signed-in person and the family of the screen, loaded once by the family layout. */
export function useFamily(): FamilyContext {
  return useOutletContext<FamilyContext>();
}

/** The family member this person is, or acts for as a helper; none for a professional. */
export function selfMemberId({ me, family }: FamilyContext): string | undefined {
  return me.actingFor?.memberId ?? family.members.find((m) => m.isMe)?.id;
}

