/**
 * Why a professional hides something from a member (an item, a field of it, a contact field): always
 * chosen on purpose from this list, never a default, and stored with who decided.
 */
export const shieldReasons = ['veiligheid', 'privacy-ander', 'vertrouwelijk-jeugdige', 'verzoek-gezinslid', 'anders'] as const;
export type ShieldReason = (typeof shieldReasons)[number];
