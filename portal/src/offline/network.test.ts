import { problemOf } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { chooseMember, type Transport, type UploadSeam } from '../api/client.ts';
import { browserFetchSync, browserNetwork, syncPath } from './network.ts';

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function transport(answer: () => Response | Promise<Response>, calls: [string, RequestInit][] = []): Transport {
  return {
    fetch: async (input, init) => {
      calls.push([String(input), init ?? {}]);
      return answer();
    },
  };
}

const noUpload: UploadSeam = { send: () => Promise.reject(new Error('no upload expected')) };

describe('browser network', () => {
  const write = { method: 'POST' as const, url: '/gezinnen/f/reacties', headers: {}, json: { clientId: 'c', body: 'hoi' } };

  it('posts JSON through the API client and answers 2xx with the body', async () => {
    const calls: [string, RequestInit][] = [];
    const network = browserNetwork({ transport: transport(() => json(201, { id: 'c' }), calls), upload: noUpload });
    expect(await network.send(write, () => {})).toEqual({ status: 200, body: { id: 'c' } });
    expect(calls[0]![0]).toBe('/api/v1/gezinnen/f/reacties');
    expect(calls[0]![1]).toMatchObject({ method: 'POST', body: JSON.stringify(write.json) });
  });

  it("sends a JSON write in the name of the member it was made for, not the helper's choice of the moment", async () => {
    const calls: [string, RequestInit][] = [];
    const network = browserNetwork({ transport: transport(() => json(201, { id: 'c' }), calls), upload: noUpload });
    chooseMember('henk');
    try {
      await network.send({ ...write, headers: { 'ons-plan-als': 'namens:samira' } }, () => {});
      await network.send(write, () => {});
    } finally {
      chooseMember(undefined);
    }
    expect(calls.map(([, init]) => (init.headers as Record<string, string>)['ons-plan-als'])).toEqual(['namens:samira', 'namens:henk']);
    await expect(network.send({ ...write, headers: { 'x-other': '1' } }, () => {})).rejects.toThrow('no extra headers');
  });

  it('turns a problem into an answer with its code, and no connection into a rejection', async () => {
    const refused = browserNetwork({ transport: transport(() => json(409, problemOf('plan-veranderd'))), upload: noUpload });
    expect(await refused.send(write, () => {})).toMatchObject({ status: 409, body: { code: 'plan-veranderd' } });
    const offline = browserNetwork({ transport: transport(() => Promise.reject(new TypeError('Failed to fetch'))), upload: noUpload });
    await expect(offline.send(write, () => {})).rejects.toThrow();
  });

  it('sends upload bytes as application/octet-stream through the upload seam, with progress', async () => {
    const seen: { path: string; type: string; size: number; headers: Record<string, string> | undefined }[] = [];
    const upload: UploadSeam = {
      send: async (path, request, onProgress) => {
        const blob = request.body as Blob;
        seen.push({ path, type: blob.type, size: blob.size, headers: request.headers });
        onProgress(1);
        return { status: 201, body: { id: 'd' } };
      },
    };
    const progress: number[] = [];
    const answer = await browserNetwork({ upload }).send({ method: 'PUT', url: '/gezinnen/f/uploads/d', headers: { 'x-document-name': 'a.pdf' }, bytes: new Uint8Array([1, 2, 3]) }, (f) => progress.push(f));
    expect(answer).toEqual({ status: 201, body: { id: 'd' } });
    expect(seen).toEqual([{ path: '/gezinnen/f/uploads/d', type: 'application/octet-stream', size: 3, headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'a.pdf' } }]);
    expect(progress).toEqual([1]);
  });

  it('asks the sync route since the cursor and its day', async () => {
    const calls: [string, RequestInit][] = [];
    const fetchSync = browserFetchSync(transport(() => json(200, { familyId: 'f' }), calls));
    await fetchSync('f', undefined);
    await fetchSync('f', 12);
    await fetchSync('f', 12, '2031-03-04');
    expect(calls.map(([url]) => url)).toEqual(['/api/v1/gezinnen/f/synchronisatie', '/api/v1/gezinnen/f/synchronisatie?since=12', '/api/v1/gezinnen/f/synchronisatie?since=12&day=2031-03-04']);
    expect(syncPath('f', 0)).toBe('/gezinnen/f/synchronisatie?since=0');
  });
});
