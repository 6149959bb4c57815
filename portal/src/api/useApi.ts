import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiProblem, problemKey } from './client.ts';

export type Loaded<T> = { kind: 'loading' } | { kind: 'problem'; key: string } | { kind: 'ready'; data: T };

/**
 * Reads one API resource for a screen. A 401 sends the person to sign in (with the reason);
 * any other problem becomes a B1 message key. `reload` refetches without blanking the screen,
 * so a form below keeps what was typed.
 */
export function useApi<T>(path: string | null): { state: Loaded<T>; reload: () => Promise<void> } {
  const navigate = useNavigate();
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const current = useRef(path);
  current.current = path;

  const load = useCallback(async () => {
    if (path === null) return;
    try {
      const data = await api<T>(path);
      if (current.current === path) setState({ kind: 'ready', data });
    } catch (error) {
      if (current.current !== path) return;
      if (error instanceof ApiProblem && error.status === 401) {
        navigate('/inloggen', { replace: true, state: { problem: error.code } });
        return;
      }
      setState({ kind: 'problem', key: problemKey(error) });
    }
  }, [path, navigate]);

  useEffect(() => {
    setState({ kind: 'loading' });
    void load();
  }, [load]);

  return { state, reload: load };
}

/** Runs a write for a form: busy while it runs, a problem key when it fails; the form state stays. */
export function useSubmit() {
  const navigate = useNavigate();
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
        if (error instanceof ApiProblem && error.status === 401) navigate('/inloggen', { replace: true, state: { problem: error.code } });
        else setProblem(problemKey(error));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [navigate],
  );
  return { busy, problem, setProblem, run };
}
