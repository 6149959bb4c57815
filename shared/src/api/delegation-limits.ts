/** The longest help a member can give at once, in months (issue 11: at most 12 months). */
export const maxDelegationMonths = 12;
/** The end date the invitation form starts with, in months from today. */
export const defaultDelegationMonths = 3;
/** How long a helper's invitation code can be used, in days. */
export const delegationInvitationDays = 14;
