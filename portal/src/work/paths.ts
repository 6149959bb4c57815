/** The addresses of the workspace, in one place. */
export const workPaths = {
  today: '/werk',
  families: '/werk/gezinnen',
  newFamily: '/werk/gezinnen/nieuw',
  family: (familyId: string) => `/werk/gezinnen/${familyId}`,
  member: (familyId: string, memberId: string) => `/werk/gezinnen/${familyId}/leden/${memberId}`,
  /** The draft of the family's next plan version (the first one for a new family). */
  planEditor: (familyId: string) => `/werk/gezinnen/${familyId}/plan`,
  /** The open correction requests of all her families (still a screen of the member tree). */
  inbox: '/verzoeken',
  profile: '/werk/profiel',
} as const;
