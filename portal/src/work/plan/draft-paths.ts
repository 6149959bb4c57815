/** The API paths of the plan draft (relative to /api). */
const draft = (familyId: string) => `/gezinnen/${familyId}/plan/concept`;

export const draftPaths = {
  draft,
  /** Throwing away names the revision she saw, so a colleague's newer work is not thrown away. */
  discard: (familyId: string, revision: number) => `${draft(familyId)}?revision=${revision}`,
  preview: (familyId: string, memberId: string, helperId?: string | null) => `${draft(familyId)}/voorbeeld/${memberId}${helperId ? `?helper=${helperId}` : ''}`,
  changes: (familyId: string) => `${draft(familyId)}/wijzigingen`,
  publish: (familyId: string) => `${draft(familyId)}/publicatie`,
};

/** The editor's own screens, under the professional's family. */
export const editorHref = {
  editor: (familyId: string) => `/werk/gezinnen/${familyId}/plan/bewerken`,
  preview: (familyId: string, memberId: string, helperId?: string) => `/werk/gezinnen/${familyId}/plan/bekijk-als/${memberId}${helperId ? `?helper=${helperId}` : ''}`,
  publish: (familyId: string) => `/werk/gezinnen/${familyId}/plan/publiceren`,
};
