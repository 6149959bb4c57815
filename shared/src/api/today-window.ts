/** How far back "Vandaag" counts a member's document as new, in days. */
export const newDocumentDays = 14;
