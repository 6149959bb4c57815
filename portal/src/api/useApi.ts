import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLocalCopy } from '../app/local-copy-context.ts';
import { WriteCancelled } from '../components/NamensConfirm/confirm-gate.ts';
import { api, ApiProblem, problemKey } from './client.ts';

export type Loaded<T> = { kind: 'loading' } | { kind: 'problem'; key: string } | { kind: 'ready'; data: T };

/**
 * Reads one API resource for a screen. A 401 sends the person to sign in (with the reason);
 * any other problem becomes a B1 message key. `reload` refetches without blanking the screen,
 * so a form below keeps what was typed.
 *
 * With the member's local copy open, a read the copy can answer comes from the phone when there
 * is no network (or the server is down), and is read again after every sync.
 */
export function useApi<T>(path: string | null): { state: Loaded<T>; reload: () => Promise<void> } {
  const toSignIn = useSignInOn401();
  const { snapshot } = useLocalCopy();
  const { session, dataVersion } = snapshot;
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const current = useRef(path);
  current.current = path;
  // A screen that is gone (signed out, Snel weg) must not act on an answer that arrives later.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const load = useCallback(async () => {
    if (path === null) return;
    const fromPhone = async (): Promise<T | undefined> => (session ? ((await session.read(path).catch(() => undefined)) as T | undefined) : undefined);
    try {
      // Offline there is no point waiting for the network: the phone answers at once.
      const local = !navigator.onLine ? await fromPhone() : undefined;
      const data = local ?? (await api<T>(path));
      if (current.current === path) setState({ kind: 'ready', data });
    } catch (error) {
      if (current.current !== path || !mounted.current) return;
      if (toSignIn(error)) return;
      const unreachable = error instanceof ApiProblem && (error.status === 0 || error.status >= 500);
      const local = unreachable ? await fromPhone() : undefined;
      if (current.current !== path) return;
      setState(local !== undefined ? { kind: 'ready', data: local } : { kind: 'problem', key: problemKey(error) });
    }
  }, [path, toSignIn, session]);

  useEffect(() => {
    setState({ kind: 'loading' });
    void load();
  }, [path]);

  // A copy just opened or synced: read again, without blanking the screen. A copy that closed
  // (a wipe) means the screen is on its way out: nothing to read again.
  const seen = useRef({ session, dataVersion });
  useEffect(() => {
    if (seen.current.session === session && seen.current.dataVersion === dataVersion) return;
    const closed = seen.current.session !== undefined && session === undefined;
    seen.current = { session, dataVersion };
    if (!closed) void load();
  }, [load, session, dataVersion]);

  return { state, reload: load };
}

/**
 * A 401 sends the person to sign in with its reason, unless the app already sent her there for an
 * earlier reason (idle timeout, sign-out): that message stays. True when the error was a 401.
 */
function useSignInOn401(): (error: unknown) => boolean {
  const navigate = useNavigate();
  const { controller } = useLocalCopy();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiProblem && error.status === 401)) return false;
      if (!controller?.sessionEndHandled) navigate('/inloggen', { replace: true, state: { problem: error.code } });
      return true;
    },
    [navigate, controller],
  );
}

/** Runs a write for a form: busy while it runs, a problem key when it fails; the form state stays. */
export function useSubmit() {
  const toSignIn = useSignInOn401();
  const [busy, setBusy] = useState(false);
  // A ref, not the state: two quick taps arrive before React re-renders.
  const running = useRef(false);
  const [problem, setProblem] = useState<string>();
  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setProblem(undefined);
      try {
        await write();
        return true;
      } catch (error) {
        // A helper went back from "U doet dit namens …": no problem, and the form stays as it was.
        if (!(error instanceof WriteCancelled) && !toSignIn(error)) setProblem(problemKey(error));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [toSignIn],
  );
  return { busy, problem, setProblem, run };
}
