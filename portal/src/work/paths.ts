/** The addresses of the workspace, in one place. */
export const workPaths = {
  today: '/werk',
  families: '/werk/gezinnen',
  newFamily: '/werk/gezinnen/nieuw',
  family: (familyId: string) => `/werk/gezinnen/${familyId}`,
  member: (familyId: string, memberId: string) => `/werk/gezinnen/${familyId}/leden/${memberId}`,
  /** The published plan as she may read it. */
  plan: (familyId: string) => `/werk/gezinnen/${familyId}/plan`,
  /** The draft of the family's next plan version (the first one for a new family). */
  planEditor: (familyId: string) => `/werk/gezinnen/${familyId}/plan/bewerken`,
  /** The open correction requests of all her families, most urgent first. */
  inbox: '/werk/verzoeken',
  corrections: (familyId: string) => `/werk/gezinnen/${familyId}/verzoeken`,
  /** One correction request, opened at itself (from Vandaag or the inbox). */
  correction: (familyId: string, requestId: string) => `/werk/gezinnen/${familyId}/verzoeken/${requestId}`,
  instemming: (familyId: string) => `/werk/gezinnen/${familyId}/instemming`,
  contactChanges: (familyId: string) => `/werk/gezinnen/${familyId}/contact`,
  documents: (familyId: string) => `/werk/gezinnen/${familyId}/documenten`,
  agenda: (familyId: string) => `/werk/gezinnen/${familyId}/afspraken`,
  /** Toestemming to share data, per member, with the open questions for it. */
  toestemming: (familyId: string) => `/werk/gezinnen/${familyId}/toestemming`,
  comments: (familyId: string) => `/werk/gezinnen/${familyId}/reacties`,
  scores: (familyId: string) => `/werk/gezinnen/${familyId}/scores`,
  satisfaction: '/werk/tevredenheid',
  profile: '/werk/profiel',
  /** Hulpvragen, terugbelverzoeken en berichten van al haar gezinnen die nog niet af zijn. */
  contactInbox: '/werk/berichten',
} as const;
