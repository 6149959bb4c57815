/** The service worker's precache holds the app shell only (F2): no member data, so a wipe may keep it. */
export const isShellCache = (name: string): boolean => name.startsWith('workbox-precache');
