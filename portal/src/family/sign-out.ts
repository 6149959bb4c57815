import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';

/** Ends the session on the server, then shows the signed-out page (replacing the history entry). */
export function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  return useCallback(async () => {
    await api('/auth/logout', { method: 'POST', body: {} }).catch(() => {});
    navigate('/uitgelogd', { replace: true });
  }, [navigate]);
}
