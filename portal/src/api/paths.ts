/** Where the API lives: its major version is part of every path (API Design Rules). */
export const apiBase = '/api/v1';

/** The whole address of an API path, for fetch and for links such as a download. */
export const apiUrl = (path: string) => `${apiBase}${path}`;

/** The API paths of the family features, in one place (relative to apiBase). */
const family = (familyId: string) => `/gezinnen/${familyId}`;

export const paths = {
  plan: (f: string) => `${family(f)}/plan`,
  comments: (f: string) => `${family(f)}/reacties`,
  replies: (f: string, rootId: string) => `${family(f)}/reacties/${rootId}/antwoorden`,
  /** POST: a professional starts a conversation with chosen members. */
  conversations: (f: string) => `${family(f)}/gesprekken`,
  instemming: (f: string, versionId?: string) => `${family(f)}/instemming${versionId ? `?versionId=${versionId}` : ''}`,
  /** POST: remind who did not answer the instemming on a version. */
  instemmingReminders: (f: string) => `${family(f)}/instemming/herinneringen`,
  toestemmingen: (f: string) => `${family(f)}/toestemmingen`,
  revokeToestemming: (f: string, decisionId: string) => `${family(f)}/toestemmingen/${decisionId}/intrekking`,
  toestemmingsverzoeken: (f: string) => `${family(f)}/toestemmingsverzoeken`,
  toestemmingsverzoek: (f: string, id: string, step: 'antwoord' | 'intrekking') => `${family(f)}/toestemmingsverzoeken/${id}/${step}`,
  correctieverzoeken: (f: string) => `${family(f)}/correctieverzoeken`,
  correctieverzoek: (f: string, id: string, step: 'behandeling' | 'verlenging' | 'besluit' | 'eigen-verklaringen') => `${family(f)}/correctieverzoeken/${id}/${step}`,
  eigenVerklaringen: (f: string) => `${family(f)}/eigen-verklaringen`,
  correctieInbox: () => '/correctieverzoeken/inbox',
  documents: (f: string) => `${family(f)}/documenten`,
  /** PUT the bytes here; the client id makes a retried upload store one document. */
  upload: (f: string, clientId: string) => `${family(f)}/uploads/${clientId}`,
  download: (f: string, id: string) => `${family(f)}/documenten/${id}/download`,
  /** DELETE: the uploader removes her own document. */
  removeDocument: (f: string, id: string) => `${family(f)}/documenten/${id}`,
  planVersions: (f: string) => `${family(f)}/plan/versies`,
  accessLog: (f: string) => `${family(f)}/logboek`,
  helperActions: (f: string) => `${family(f)}/namens-gedaan`,
  /** "Wie helpt mij?": GET the member's helpers and open invitations. */
  helpers: (f: string) => `${family(f)}/helpers`,
  /** PATCH: change what a helper may do, or until when. */
  helper: (f: string, delegationId: string) => `${family(f)}/helpers/${delegationId}`,
  helperInvitations: (f: string) => `${family(f)}/helpers/uitnodigingen`,
  helperInvitation: (f: string, id: string) => `${family(f)}/helpers/uitnodigingen/${id}`,
  endHelp: (f: string, delegationId: string) => `${family(f)}/helpers/${delegationId}/beeindiging`,
  youthSay: (f: string) => `${family(f)}/wat-zien-je-ouders`,
  youthChoice: (f: string) => `${family(f)}/wat-zien-je-ouders/keuze`,
  contactChanges: (f: string) => `${family(f)}/contactwijzigingen`,
  /** POST: a professional takes over (akkoord) or turns down (afwijzing) a proposed change. */
  contactChangeDecision: (f: string, id: string, decision: 'akkoord' | 'afwijzing') => `${family(f)}/contactwijzigingen/${id}/${decision}`,
  contactThreads: (f: string) => `${family(f)}/contact`,
  contactInbox: () => '/werk/berichten',
  contactAnswer: (f: string, thread: string) => `${family(f)}/contact/${thread}/antwoorden`,
  afspraken: (f: string) => `${family(f)}/afspraken`,
  /** PUT to change; `annulering`, `ics` and `verplaatsverzoeken` below it. */
  afspraak: (f: string, id: string, step?: 'annulering' | 'ics' | 'verplaatsverzoeken') => `${family(f)}/afspraken/${id}${step ? `/${step}` : ''}`,
  verplaatsAntwoord: (f: string, id: string, verzoekId: string) => `${family(f)}/afspraken/${id}/verplaatsverzoeken/${verzoekId}/antwoord`,
  scores: (f: string) => `${family(f)}/scores`,
  satisfaction: (f: string) => `${family(f)}/wat-vindt-u-ervan`,
  myData: (f: string) => `${family(f)}/export`,
  /** The same export as a FHIR R4 Bundle, for another care system. */
  myDataFhir: (f: string) => `${family(f)}/export/fhir`,
  /** POST when a page is printed, for the access log. */
  prints: (f: string) => `${family(f)}/afdrukken`,
};
