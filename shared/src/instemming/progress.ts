import type { MemberInstemmingView } from '../api/instemming.ts';

/** "4 van 6 hebben gereageerd": of the members whose instemming is asked, how many answered in full. */
export function instemmingProgress(members: readonly Pick<MemberInstemmingView, 'status'>[]): { answered: number; total: number } {
  const asked = members.filter((m) => m.status !== 'niet-nodig');
  return { answered: asked.filter((m) => m.status === 'beantwoord').length, total: asked.length };
}
