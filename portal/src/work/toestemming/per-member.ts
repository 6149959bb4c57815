import type { ToestemmingOverview, ToestemmingStateView, ToestemmingsverzoekWorkView } from '@onsplan/shared';

/** One member's data as the workspace shows it: who decides, the toestemmingen, and the questions still open. */
export interface MemberToestemmingen {
  memberId: string;
  firstName: string;
  deciders: { memberId: string; firstName: string }[];
  toestemmingen: ToestemmingStateView[];
  openQuestions: ToestemmingsverzoekWorkView[];
}

/**
 * Groups what the server sent per member whose data it is, in the server's order of members; a
 * member with nothing to show is left out. Only groups: what she may see the server already decided.
 */
export function toestemmingenPerMember(overview: ToestemmingOverview, questions: readonly ToestemmingsverzoekWorkView[]): MemberToestemmingen[] {
  const groups = new Map<string, MemberToestemmingen>();
  const groupOf = (memberId: string, firstName: string) => {
    let group = groups.get(memberId);
    if (!group) {
      group = { memberId, firstName, deciders: [], toestemmingen: [], openQuestions: [] };
      groups.set(memberId, group);
    }
    return group;
  };
  for (const s of overview.subjects) groupOf(s.memberId, s.firstName).deciders = s.deciders;
  for (const state of overview.toestemmingen) groupOf(state.subject.memberId, state.subject.firstName).toestemmingen.push(state);
  for (const q of questions) if (q.status === 'open') groupOf(q.subject.memberId, q.subject.firstName).openQuestions.push(q);
  return [...groups.values()].filter((g) => g.toestemmingen.length > 0 || g.openQuestions.length > 0);
}
