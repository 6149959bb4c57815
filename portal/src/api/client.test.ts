import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../offline/testing.ts';
import { api, ApiProblem, endServerSession, sessionEndMarker, type Transport } from './client.ts';

/** A network that can be cut; it records every request that reached the server. */
function network() {
  const state = { connected: false, calls: [] as string[], status: 204 };
  const transport: Transport = {
    fetch: async (url, init) => {
      if (!state.connected) throw new TypeError('Failed to fetch');
      state.calls.push(`${init?.method ?? 'GET'} ${String(url)}`);
      return new Response(state.status === 204 ? null : JSON.stringify({ name: 'Samira' }), { status: state.status, headers: { 'content-type': 'application/json' } });
    },
  };
  return { state, transport };
}

describe('ending the session on the server', () => {
  it('with a connection: ends it at once and keeps no note', async () => {
    const { state, transport } = network();
    state.connected = true;
    const storage = new MemoryStorage();
    expect(await endServerSession(transport, storage)).toBe(true);
    expect(state.calls).toEqual(['POST /api/auth/logout']);
    expect(storage.length).toBe(0);
  });

  it('without a connection: the note stays, and no request goes out with the old cookie before the end has reached the server', async () => {
    const { state, transport } = network();
    const storage = new MemoryStorage();
    globalThis.localStorage = storage;
    try {
      expect(await endServerSession(transport, storage)).toBe(false);
      expect(storage.getItem(sessionEndMarker)).toBe('1');

      // Still no connection: the request is not sent either.
      await expect(api('/me', {}, transport)).rejects.toEqual(new ApiProblem('offline', 0));
      expect(state.calls).toEqual([]);

      // Back online: first the end, then the request (which now has no session).
      state.connected = true;
      state.status = 401;
      await expect(api('/me', {}, transport)).rejects.toMatchObject({ status: 401 });
      expect(state.calls).toEqual(['POST /api/auth/logout', 'GET /api/me']);
      expect(storage.getItem(sessionEndMarker)).toBeNull();
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });

  it('a server error leaves the note, so the end is tried again', async () => {
    const { state, transport } = network();
    state.connected = true;
    state.status = 503;
    const storage = new MemoryStorage();
    expect(await endServerSession(transport, storage)).toBe(false);
    expect(storage.getItem(sessionEndMarker)).toBe('1');
  });
});
