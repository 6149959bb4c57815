/**
 * API paths from before /api/v1 (English words, verbs) and what they are called now. A write that
 * an older portal queued offline keeps its old path in the outbox; it is sent under the new one, so
 * nothing a member wrote is lost by an update. The same table, as sed, renamed the code (docs/api-v1.md).
 */
const renamedSegments: Readonly<Record<string, string>> = {
  families: 'gezinnen',
  comments: 'reacties',
  replies: 'antwoorden',
  seen: 'leesbevestiging',
  documents: 'documenten',
  members: 'gezinsleden',
  fields: 'velden',
  relations: 'relaties',
  passkeys: 'inlogsleutels',
  sessions: 'sessies',
  prints: 'afdrukken',
  draft: 'concept',
  changes: 'wijzigingen',
  preview: 'voorbeeld',
  publish: 'publicatie',
  versions: 'versies',
  sync: 'synchronisatie',
  'access-log': 'logboek',
  verify: 'verificatie',
  'contact-changes': 'contactwijzigingen',
  accept: 'akkoord',
  decline: 'afwijzing',
  gelezen: 'leesbevestiging',
  afgehandeld: 'afhandeling',
  'in-behandeling': 'behandeling',
  intrekken: 'intrekking',
  annuleren: 'annulering',
  beeindigen: 'beeindiging',
  stoppen: 'beeindiging',
  invitation: 'uitnodiging',
  registration: 'registratie',
  logout: 'uitlog',
};

/** A path relative to /api (as the outbox stores it) in the words of /api/v1; a current path comes back unchanged. */
export function currentApiPath(method: string, url: string): string {
  const [path = '', query] = url.split(/\?(.*)/s, 2);
  const segments = path.split('/');
  // segments[0] is the empty string before the leading slash.
  if (segments[1] === 'me') segments[1] = 'ik';
  if (segments[1] === 'auth' && segments[2] === 'login') segments.splice(2, segments[3] === 'options' ? 2 : 1, segments[3] === 'options' ? 'inlog-opties' : 'inlog');
  // An upload was a PUT to documents/:clientId, a path that also named a stored document.
  if (method === 'PUT' && segments[1] === 'families' && segments[3] === 'documents' && segments.length === 5) segments[3] = 'uploads';
  const renamed = segments.map((segment) => renamedSegments[segment] ?? segment).join('/');
  return query === undefined ? renamed : `${renamed}?${query}`;
}
