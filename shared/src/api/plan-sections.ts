import type { PlanSection } from '../demo/family.ts';

/** The three parts of a plan, in the order the family reads them. */
export const planSections = ['veiligheid', 'hulpverlening', 'herstel'] as const satisfies readonly PlanSection[];

/** What an item of the plan is. */
export const planItemKinds = ['afspraak', 'doel', 'netwerk'] as const;
