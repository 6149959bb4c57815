/**
 * The one notice Ons Plan ever shows (issue 11, point 5). Whatever a push message holds, the phone
 * shows only this: no names, no plan text, nothing about youth care, because a locked screen can be
 * seen by the wrong person. The words are the app's neutral name, as on the home screen.
 */
export const newsNotification = {
  title: 'Mijn plan',
  options: {
    body: 'Er is iets nieuws in Mijn plan',
    icon: '/app-icon-192.png',
    badge: '/app-icon-192.png',
    lang: 'nl',
    // One notice at a time: a new one replaces the last instead of piling up on the lock screen.
    tag: 'nieuws',
    data: { open: '/plan' },
  },
} as const;
