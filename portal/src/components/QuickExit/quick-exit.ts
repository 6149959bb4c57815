import { quickExitPath, safeNeutralSite } from '@onsplan/shared';
import { endServerSession } from '../../api/client.ts';

export { defaultNeutralSite } from '@onsplan/shared';

/**
 * The server's NEUTRAL_SITE, which it writes into the page (api/src/http/portal-page.ts): read
 * from the page, so Snel weg needs no request and works offline from the cached app shell.
 */
export function neutralSite(page: Pick<Document, 'querySelector'> = document): string {
  return safeNeutralSite(page.querySelector<HTMLMetaElement>('meta[name="onsplan-neutral-site"]')?.content);
}

export interface ExitSeam {
  blank(): void;
  /** Deletes the member's data on this phone (F1); resolves when done. */
  forgetLocalData(): Promise<unknown>;
  endSession(): void;
  leave(url: string): void;
}

export const browserExit: ExitSeam = {
  blank: () => {
    // Hide everything at once, before the next page has loaded.
    document.body.replaceChildren();
    document.title = '';
  },
  // The wipe of the local copy loads with the copy; here only when it was not needed before. Notices
  // stop too: even a neutral "Er is iets nieuws" tells whoever holds the phone that the app is used.
  forgetLocalData: async () =>
    Promise.all([(await import('../../offline/wipe.ts')).wipeLocalData(), (await import('../../push/push-seam.ts')).unsubscribe().catch(() => undefined)]),
  // keepalive lets the request finish after the page is gone; without a connection it goes before the next request.
  endSession: () => void endServerSession(),
  // replace(), not assign(): the portal leaves the history, so Back does not return to it.
  leave: (url) => window.location.replace(url),
};

/** How long the blank page waits for the deletes before it goes; they go on in the browser after that. */
export const wipeWaitMs = 1_000;

/**
 * Leaves Ons Plan at once (REQUIREMENTS F3): the screen is blank before anything else, then the
 * phone forgets the member while the session ends, and the neutral site replaces the portal.
 */
export async function quickExit(seam: ExitSeam = browserExit, url: string = neutralSite(), waitMs: number = wipeWaitMs): Promise<void> {
  seam.blank();
  const forgetting = seam.forgetLocalData().catch(() => {});
  seam.endSession();
  await Promise.race([forgetting, new Promise((done) => setTimeout(done, waitMs))]);
  seam.leave(url);
}

/** Counts Shift presses; three within a short time means "leave now". */
export function shiftCounter(onTriple: () => void, windowMs = 1500, now: () => number = () => Date.now()) {
  let presses: number[] = [];
  return (event: Pick<KeyboardEvent, 'key' | 'repeat'>) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const t = now();
    presses = [...presses.filter((p) => t - p < windowMs), t];
    if (presses.length >= 3) {
      presses = [];
      onTriple();
    }
  };
}

/**
 * Snel weg is a link to the server's way out (GET /snel-weg, api/src/http/snel-weg.ts), so it
 * leaves from the first paint, before the page's script has loaded or when it never does. Once the
 * script runs, a click leaves here instead: blank at once, without waiting for a network, and
 * offline too. Space works as on a button (it has the button's role, as GOV.UK's "Exit this page").
 */
export function quickExitLink(leave: () => void) {
  return {
    href: quickExitPath,
    onClick(event: Pick<MouseEvent, 'preventDefault'>) {
      event.preventDefault();
      leave();
    },
    onKeyDown(event: Pick<KeyboardEvent, 'key' | 'preventDefault'>) {
      if (event.key !== ' ') return;
      event.preventDefault();
      leave();
    },
  };
}
