import type { MouseEvent } from 'react';
import { sessionEndOwed, settleSessionEnd } from './client.ts';

/** A download opens as a page, past the API client: while an end of the session is still owed, send that instead. */
export function holdWhileSessionEndOwed(event: MouseEvent<HTMLAnchorElement>): void {
  if (!sessionEndOwed()) return;
  event.preventDefault();
  void settleSessionEnd().catch(() => {});
}
