import { useEffect } from 'react';
import { api } from './client.ts';
import { paths } from './paths.ts';

/** The pages the portal prints: the plan as "wie doet wat wanneer" (G3) and "Mijn gegevens" (A7). */
export type Printable = 'plan' | 'mijn-gegevens';

/**
 * Calls `tell` each time the page is about to print. `beforeprint` rather than the print button, so
 * the browser's own print command (Ctrl+P, the menu) counts too. The print never waits for `tell`
 * and never fails because of it: printing the safety plan must work without a connection, and what
 * is printed then was logged as read when it came from the server.
 */
export function watchPrints(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>, tell: () => Promise<unknown>): () => void {
  const before = () => {
    tell().catch(() => {});
  };
  target.addEventListener('beforeprint', before);
  return () => target.removeEventListener('beforeprint', before);
}

/** Puts every print of this page in the access log (REQUIREMENTS D1 "printen"). */
export function usePrintLog(familyId: string, what: Printable): void {
  useEffect(() => watchPrints(window, () => api(paths.prints(familyId), { method: 'POST', body: { what } })), [familyId, what]);
}
