import type { FamilySummary, Me } from '@onsplan/shared';
import { useOutletContext } from 'react-router';

/** What every workspace screen gets from the shell: who is signed in and her families. */
export interface WorkContext {
  me: Me;
  families: FamilySummary[];
  /** Reads the families again, e.g. after one was made or changed. */
  reloadFamilies: () => Promise<void>;
}

export function useWork(): WorkContext {
  return useOutletContext<WorkContext>();
}
