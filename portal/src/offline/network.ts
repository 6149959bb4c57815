import type { SyncResponse } from '@onsplan/shared';
import { ApiProblem, actingHeader, api, browserUpload, type Transport, type UploadSeam } from '../api/client.ts';
import type { Network } from './outbox.ts';
import type { FetchSync } from './sync.ts';

/** The browser side of the offline seams: the API client for JSON, XHR for uploads (progress). */

/** The sync route; the day goes back with the cursor, since ages change on a new day without any change number. */
export const syncPath = (familyId: string, since: number | undefined, day?: string): string =>
  `/gezinnen/${familyId}/synchronisatie${since === undefined ? '' : `?since=${since}${day ? `&day=${day}` : ''}`}`;

export function browserNetwork(options: { transport?: Transport; upload?: UploadSeam } = {}): Network {
  const upload = options.upload ?? browserUpload;
  return {
    async send(request, onProgress) {
      if (request.bytes) {
        if (request.method !== 'PUT' && request.method !== 'POST') throw new Error(`uploads are PUT or POST, not ${request.method}`);
        const body = new Blob([request.bytes], { type: 'application/octet-stream' });
        // The upload seam rejects only without a connection, which is what the outbox expects.
        return upload.send(request.url, { method: request.method, body, headers: { 'content-type': 'application/octet-stream', ...request.headers } }, onProgress);
      }
      // The API client sends its own fixed headers; a JSON write adds only the member it was made for.
      const { [actingHeader]: acting, ...others } = request.headers;
      if (Object.keys(others).length > 0) throw new Error('a JSON write takes no extra headers');
      const actingFor = acting?.replace(/^namens:/, '');
      try {
        const body = await api<unknown>(request.url, { method: request.method, body: request.json ?? {}, actingFor }, options.transport);
        onProgress(1);
        return { status: 200, body };
      } catch (error) {
        if (error instanceof ApiProblem && error.status !== 0) return { status: error.status, body: { code: error.code, status: error.status, fields: error.fields } };
        throw error;
      }
    },
  };
}

export function browserFetchSync(transport?: Transport): FetchSync {
  return (familyId, since, day) => api<SyncResponse>(syncPath(familyId, since, day), {}, transport);
}
