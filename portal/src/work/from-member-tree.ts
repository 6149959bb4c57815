import { workPaths } from './paths.ts';

/**
 * Where a professional belongs when she opens an address of the member tree, e.g. an old link or a
 * bookmark: the matching workspace screen, so she never reads the member's sentences. Undefined for
 * unknown screens.
 */
export function workPathFor(pathname: string, hash = ''): string | undefined {
  if (pathname.replace(/\/$/, '') === '/verzoeken') return workPaths.inbox;
  const plan = /^\/plan\/([^/]+)\/?$/.exec(pathname);
  if (plan) return workPaths.plan(decodeURIComponent(plan[1]!));
  const match = /^\/plan\/([^/]+)\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (!match) return undefined;
  const familyId = decodeURIComponent(match[1]!);
  const screen = match[2]!;
  switch (screen) {
    case 'verzoeken': {
      // The member tree marked one request with #verzoek-<id>; the workspace opens it at itself.
      const requestId = /^#verzoek-([\w-]+)$/.exec(hash)?.[1];
      return requestId && !match[3] ? workPaths.correction(familyId, requestId) : workPaths.corrections(familyId);
    }
    case 'instemming':
      return workPaths.instemming(familyId);
    case 'contact':
      return workPaths.contactChanges(familyId);
    case 'documenten':
      return workPaths.documents(familyId);
    case 'toestemming':
      return workPaths.toestemming(familyId);
    case 'hoe-gaat-het':
      return workPaths.scores(familyId);
    // Screens about the member's own data have nothing for her: the family's page.
    case 'bekeken':
    case 'mijn-gegevens':
    case 'wat-vindt-u-ervan':
      return workPaths.family(familyId);
    default:
      return undefined;
  }
}
