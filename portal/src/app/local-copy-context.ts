import { createContext, useContext, useSyncExternalStore } from 'react';
import type { LocalController, LocalSnapshot } from './controller.ts';

/** The app shell's controller; absent outside the shell (component tests), where nothing is local. */
export const LocalCopyContext = createContext<LocalController | undefined>(undefined);

const nothingLocal: LocalSnapshot = {
  phase: 'open',
  online: true,
  signedIn: false,
  session: undefined,
  lastSyncedAt: undefined,
  pending: [],
  dataVersion: 0,
  wipedAfterWrongCodes: false,
};
const noStore = { subscribe: () => () => {}, getSnapshot: () => nothingLocal };

/** The local copy as a screen sees it: online or not, the open copy, what waits to be sent. */
export function useLocalCopy(): { controller: LocalController | undefined; snapshot: LocalSnapshot } {
  const controller = useContext(LocalCopyContext);
  const store = controller ?? noStore;
  // The same snapshot when the start page is drawn at build time and when the browser takes it over.
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { controller, snapshot };
}
