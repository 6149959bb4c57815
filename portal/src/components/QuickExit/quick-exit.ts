/** Where "Snel weg" goes: a neutral site, so someone looking over a shoulder sees nothing special. */
export const neutralSite = (import.meta.env.VITE_QUICK_EXIT_URL as string | undefined) ?? 'https://www.google.com/';

export interface ExitSeam {
  blank(): void;
  forgetLocalData(): void;
  endSession(): void;
  leave(url: string): void;
}

export const browserExit: ExitSeam = {
  blank: () => {
    // Hide everything at once, before the next page has loaded.
    document.body.replaceChildren();
    document.title = '';
  },
  forgetLocalData: () => {
    try {
      sessionStorage.clear();
      localStorage.clear();
    } catch {
      // Storage can be blocked; leaving must still work.
    }
  },
  endSession: () => {
    // keepalive lets the request finish after the page is gone.
    void fetch('/api/auth/logout', { method: 'POST', keepalive: true, credentials: 'same-origin', headers: { 'x-ons-plan': '1', 'content-type': 'application/json' }, body: '{}' }).catch(() => {});
  },
  // replace(), not assign(): the portal leaves the history, so Back does not return to it.
  leave: (url) => window.location.replace(url),
};

/** Leaves Ons Plan at once (REQUIREMENTS F3). */
export function quickExit(seam: ExitSeam = browserExit, url: string = neutralSite): void {
  seam.blank();
  seam.forgetLocalData();
  seam.endSession();
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
