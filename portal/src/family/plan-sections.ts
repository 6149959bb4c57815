/** The three parts of the plan, in the order the family reads them. */
export const planSections = ['veiligheid', 'hulpverlening', 'herstel'] as const;
