import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useLocalCopy } from '../app/local-copy-context.ts';

/** Ends the session on the server, wipes this phone (F1), then shows the signed-out page (replacing the history entry). */
export function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  const { controller } = useLocalCopy();
  return useCallback(async () => {
    if (controller) return controller.signOut();
    await api('/auth/uitlog', { method: 'POST', body: {} }).catch(() => {});
    navigate('/uitgelogd', { replace: true });
  }, [navigate, controller]);
}
