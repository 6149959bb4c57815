/** Fields of an item that can be hidden from a named member while the rest stays readable. */
export const shieldableItemFields = ['what', 'who', 'when', 'where', 'whatIf', 'scale'] as const;
export type ShieldableItemField = (typeof shieldableItemFields)[number];

/** The audiences a professional chooses from for an item. */
export const draftAudiences = ['gezin', 'volwassenen', 'leden', 'professionals'] as const;
export type DraftAudience = (typeof draftAudiences)[number];
