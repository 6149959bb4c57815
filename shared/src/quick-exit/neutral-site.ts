/** Where "Snel weg" goes when nothing else is named: a neutral site, so someone looking over a shoulder sees nothing special. */
export const defaultNeutralSite = 'https://www.google.com/';

/** The address "Snel weg" leaves for, on the server and in the portal: the page itself, without a script. */
export const quickExitPath = '/snel-weg';

/**
 * The neutral site as a whole http(s) address, or the default for anything else (empty, relative,
 * `javascript:`): Snel weg must always leave, and never to a script or back into the portal.
 */
export function safeNeutralSite(value: string | undefined | null): string {
  if (!value) return defaultNeutralSite;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : defaultNeutralSite;
  } catch {
    return defaultNeutralSite;
  }
}
