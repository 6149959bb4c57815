/** The relations a professional records between members: parent of, gezag over, contactverbod. */
export const relationKinds = ['ouder-van', 'gezag-over', 'contactverbod'] as const;
export type RelationKind = (typeof relationKinds)[number];
