import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../offline/testing.ts';
import { api, ApiProblem, endServerSession, sessionEndMarker, type Transport } from './client.ts';

/** A network that can be cut; it records every request that reached the server. */
function network() {
  const state = { connected: false, calls: [] as string[], status: 204, redirected: false };
  const transport: Transport = {
    fetch: async (url, init) => {
      if (!state.connected) throw new TypeError('Failed to fetch');
      state.calls.push(`${init?.method ?? 'GET'} ${String(url)}`);
      const response = new Response(state.status === 204 ? null : JSON.stringify({ name: 'Samira' }), { status: state.status, headers: { 'content-type': 'application/json' } });
      if (state.redirected) Object.defineProperty(response, 'redirected', { value: true });
      return response;
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
    expect(state.calls).toEqual(['POST /api/v1/auth/uitlog']);
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
      await expect(api('/ik', {}, transport)).rejects.toEqual(new ApiProblem('offline', 0));
      expect(state.calls).toEqual([]);

      // Back online: first the end, then the request.
      state.connected = true;
      await api('/ik', {}, transport);
      expect(state.calls).toEqual(['POST /api/v1/auth/uitlog', 'GET /api/v1/ik']);
      expect(storage.getItem(sessionEndMarker)).toBeNull();
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });

  it.each([
    ['a server error', 503, false],
    ['a Wi-Fi login page', 200, false],
    ['a Wi-Fi login page after a redirect', 204, true],
  ])('%s is no end: the note stays, and requests wait for a real end', async (_, status, redirected) => {
    const { state, transport } = network();
    state.connected = true;
    state.status = status;
    state.redirected = redirected;
    const storage = new MemoryStorage();
    expect(await endServerSession(transport, storage)).toBe(false);
    expect(storage.getItem(sessionEndMarker)).toBe('1');
    globalThis.localStorage = storage;
    try {
      await expect(api('/ik', {}, transport)).rejects.toMatchObject({ code: 'interne-fout' });
      expect(state.calls.filter((c) => c === 'GET /api/v1/ik')).toEqual([]);
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });

  it('a storage that refuses the note still sends the end', async () => {
    const { state, transport } = network();
    state.connected = true;
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException('vol', 'QuotaExceededError');
    };
    expect(await endServerSession(transport, refusing)).toBe(true);
    expect(state.calls).toEqual(['POST /api/v1/auth/uitlog']);
  });
});
