/**
 * The idle timeout on the device (REQUIREMENTS F1). The server ends a session after 30 minutes
 * without a request; a phone left on a table with the app open must not keep showing the plan
 * until then, nor after. The window comes from the server (`idleExpiresAt` of GET /api/v1/ik, read
 * against the server's own clock so a phone with the wrong time does not matter); the device
 * counts from the person's last touch or key, so someone reading offline is not thrown out.
 */

/** The server's rule (ASVS V3), used until the server told its own. */
export const defaultIdleMs = 30 * 60_000;
/** A session lives at most 12 hours; a longer idle window can only come from a wrong clock. */
const longestWindowMs = 12 * 60 * 60_000;

/** The idle window the server gives this session now: its idle deadline minus its own time. */
export function idleWindow(idleExpiresAt: string, serverDate: string | null | undefined): number {
  const deadline = Date.parse(idleExpiresAt);
  const serverNow = serverDate ? Date.parse(serverDate) : NaN;
  const window = deadline - serverNow;
  // Without a usable server time (or with nonsense), the known rule is the safe guess.
  return Number.isFinite(window) && window > 0 && window <= longestWindowMs ? window : defaultIdleMs;
}

export interface IdleSeam {
  now(): number;
  setTimer(run: () => void, ms: number): () => void;
  /** Calls `listener` on anything the person does; returns a stop function. */
  onActivity(listener: () => void): () => void;
}

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

export const browserIdleSeam: IdleSeam = {
  now: () => Date.now(),
  setTimer(run, ms) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  onActivity(listener) {
    for (const type of activity) window.addEventListener(type, listener, { passive: true, capture: true });
    return () => {
      for (const type of activity) window.removeEventListener(type, listener, { capture: true });
    };
  },
};

export interface IdleWatch {
  /** The person did something (also called by the watch itself on activity). */
  touch(): void;
  /** A new window from the server. */
  setWindow(ms: number): void;
  stop(): void;
}

/** Calls `onIdle` once after `windowMs` without activity; `onActive` (e.g. a keep-alive) on activity. */
export function watchIdle(options: { windowMs: number; onIdle: () => void; onActive?: () => void }, seam: IdleSeam = browserIdleSeam): IdleWatch {
  let windowMs = options.windowMs;
  let lastActive = seam.now();
  let cancel: (() => void) | undefined;
  let stopped = false;

  // One timer for the earliest possible deadline; activity only moves `lastActive`, and the timer
  // checks again when it fires, so a scroll does not reset a timer hundreds of times a second.
  const arm = (ms: number) => {
    cancel?.();
    cancel = seam.setTimer(check, Math.max(0, ms));
  };
  function check() {
    if (stopped) return;
    const left = lastActive + windowMs - seam.now();
    if (left > 0) return arm(left);
    stopped = true;
    stopActivity();
    options.onIdle();
  }
  const touch = () => {
    if (stopped) return;
    lastActive = seam.now();
    options.onActive?.();
  };
  const stopActivity = seam.onActivity(touch);
  arm(windowMs);

  return {
    touch,
    setWindow(ms) {
      windowMs = ms;
      if (!stopped) arm(lastActive + windowMs - seam.now());
    },
    stop() {
      stopped = true;
      cancel?.();
      stopActivity();
    },
  };
}
