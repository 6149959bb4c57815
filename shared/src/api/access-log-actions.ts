/**
 * The actions "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3) has words for. The log's writer may learn new ones before the page does;
 * those reach the member as 'anders' ("deed iets met"), never as a word that could mislead.
 */
export const accessLogActions = [
  'lezen',
  'bekijken-als',
  'aanmaken',
  'wijzigen',
  'verwijderen',
  'printen',
  'exporteren',
  'zoeken',
  'inloggen',
  'uitloggen',
  'aanmelden',
  'afmelden',
  'geweigerd',
] as const;

/** What was done; the portal shows `accessLog.did.<action>`. */
export type AccessLogAction = (typeof accessLogActions)[number] | 'anders';

const known = new Set<string>(accessLogActions);

/** The action as the page may name it: a known action as it is, anything else as 'anders'. */
export function accessLogActionOf(action: string): AccessLogAction {
  return known.has(action) ? (action as AccessLogAction) : 'anders';
}
