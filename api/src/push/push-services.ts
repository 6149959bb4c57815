/**
 * The push services of the browsers people use. The server only ever sends to these: an endpoint
 * is an address a browser hands over, and a server that posts to any address it is given could be
 * made to reach inside the organisation's network (SSRF). PUSH_SERVICES replaces the list.
 */
export const knownPushServices = [
  'fcm.googleapis.com', // Chrome, Edge on Android, Samsung Internet
  'updates.push.services.mozilla.com', // Firefox
  'web.push.apple.com', // Safari, iPhone (from iOS 16.4, app on the home screen)
  'notify.windows.com', // Edge on Windows (wns2-*.notify.windows.com)
];

/**
 * An entry is a host name (https only; its subdomains count too) or a whole origin such as
 * `http://127.0.0.1:4000` (exactly that origin: how tests name a stand-in push service).
 */
export function isAllowedEndpoint(endpoint: string, services: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return services.some((service) => {
    if (service.includes('://')) return url.origin === new URL(service).origin;
    return url.protocol === 'https:' && (url.hostname === service || url.hostname.endsWith(`.${service}`));
  });
}

/** PUSH_SUBJECT: how a push service reaches the operator, `mailto:` or `https:` (RFC 8292). */
export function pushSubjectOf(value: string | undefined, rpId: string): string {
  const subject = value?.trim() || `mailto:beheer@${rpId.includes('.') ? rpId : 'example.org'}`;
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(subject)) return subject;
  try {
    if (new URL(subject).protocol === 'https:') return subject;
  } catch {
    // falls through to the message
  }
  throw new Error(`PUSH_SUBJECT moet een mailto:-adres of een https:-adres zijn, bijvoorbeeld mailto:beheer@uw-organisatie.nl (nu: "${subject}").`);
}
