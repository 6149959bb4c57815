/** The one way the portal talks to the API: JSON, same-origin cookie, the CSRF header, problem codes. */

export class ApiProblem extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: string[];

  constructor(code: string, status: number, fields: string[] = []) {
    super(code);
    this.name = 'ApiProblem';
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}

export interface Transport {
  fetch: typeof fetch;
}

const browserTransport: Transport = { fetch: (...args) => fetch(...args) };

const sessionEndedListeners = new Set<(code: string) => void>();
const reachabilityListeners = new Set<(reachable: boolean) => void>();

/**
 * Whether the last request reached the server. `navigator.onLine` can say "online" on a network
 * that carries nothing (and stays so in some emulations), so the app also goes by what happened.
 */
export function onReachability(listener: (reachable: boolean) => void): () => void {
  reachabilityListeners.add(listener);
  return () => reachabilityListeners.delete(listener);
}

const reached = (reachable: boolean) => {
  for (const listener of reachabilityListeners) listener(reachable);
};

/**
 * Called when the server answers 401 outside sign-in itself: the session is over (signed out
 * elsewhere, ended on another device, timed out), so the phone must forget the member (F1).
 */
export function onSessionEnded(listener: (code: string) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/**
 * Set while a session that ended on this phone (sign-out, Snel weg, idle timeout) has not been ended
 * on the server yet, because there was no connection. Until then the cookie would still open the
 * member's data, so no other request goes out first. It holds no data of the member, and stays
 * through a wipe.
 */
export const sessionEndMarker = 'onsplan.uitloggen-versturen';

function markerStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // storage blocked: the end is tried once, as before
  }
}

/**
 * Ends the session on the server, also while the page goes away (keepalive). Resolves true once the
 * server answered; false without a connection, and then the next request tries again first.
 */
export async function endServerSession(transport: Transport = browserTransport, storage: Storage | undefined = markerStorage()): Promise<boolean> {
  storage?.setItem(sessionEndMarker, '1');
  try {
    const response = await transport.fetch('/api/auth/logout', {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'x-ons-plan': '1', 'content-type': 'application/json' },
      body: '{}',
    });
    // 5xx: the server may not have ended it; anything else means the session is gone (or was already).
    if (response.status >= 500) return false;
    storage?.removeItem(sessionEndMarker);
    return true;
  } catch {
    return false;
  }
}

/** An end that could not be sent earlier goes first; false when it still cannot. */
async function earlierEndSent(transport: Transport, storage = markerStorage()): Promise<boolean> {
  return storage?.getItem(sessionEndMarker) ? endServerSession(transport, storage) : true;
}

/**
 * Calls `/api{path}`; resolves to the JSON body, or rejects with an ApiProblem that has a stable code.
 * `onResponse` sees the raw answer first (e.g. its Date header).
 */
export async function api<T>(
  path: string,
  init: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown } = {},
  transport: Transport = browserTransport,
  onResponse?: (response: Response) => void,
): Promise<T> {
  if (!(await earlierEndSent(transport))) {
    reached(false);
    throw new ApiProblem('offline', 0);
  }
  let response: Response;
  try {
    response = await transport.fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-ons-plan': '1', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    // fetch only rejects when there is no connection at all.
    reached(false);
    throw new ApiProblem('offline', 0);
  }
  reached(true);
  onResponse?.(response);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = body as { code?: string; fields?: string[] } | undefined;
    if (response.status === 401 && !path.startsWith('/auth/')) for (const listener of sessionEndedListeners) listener(problem?.code ?? 'niet-ingelogd');
    throw new ApiProblem(problem?.code ?? (response.status >= 500 ? 'interne-fout' : 'ongeldige-invoer'), response.status, problem?.fields ?? []);
  }
  return body as T;
}

/** The i18n key for a problem, so every code has B1 text. */
export function problemKey(error: unknown): string {
  return `problem.${error instanceof ApiProblem ? error.code : 'interne-fout'}`;
}

/** A fresh idempotency key for one write; keep it while retrying the same write. */
export function newClientId(): string {
  return crypto.randomUUID();
}

export interface UploadRequest {
  method: 'POST' | 'PUT';
  body: Blob | FormData;
  headers?: Record<string, string>;
}

export interface UploadSeam {
  send(path: string, request: UploadRequest, onProgress: (fraction: number) => void): Promise<{ status: number; body: unknown }>;
}

/** fetch cannot report upload progress; XMLHttpRequest can, so uploads go through it. */
export const browserUpload: UploadSeam = {
  send: (path, request, onProgress) =>
    new Promise((done, fail) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, `/api${path}`);
      xhr.withCredentials = true;
      xhr.setRequestHeader('x-ons-plan', '1');
      xhr.setRequestHeader('accept', 'application/json');
      for (const [name, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.onload = () => {
        reached(true);
        let parsed: unknown;
        try {
          parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          parsed = undefined;
        }
        done({ status: xhr.status, body: parsed });
      };
      xhr.onerror = () => {
        reached(false);
        fail(new ApiProblem('offline', 0));
      };
      xhr.onabort = () => fail(new ApiProblem('offline', 0));
      xhr.send(request.body);
    }),
};

/** Uploads bytes or a form with progress; resolves to the JSON body or rejects with an ApiProblem like `api`. */
export async function upload<T>(path: string, request: UploadRequest, onProgress: (fraction: number) => void, seam: UploadSeam = browserUpload): Promise<T> {
  if (!(await earlierEndSent(browserTransport))) throw new ApiProblem('offline', 0);
  const { status, body: answer } = await seam.send(path, request, onProgress);
  if (status >= 200 && status < 300) return answer as T;
  const problem = answer as { code?: string; fields?: string[] } | undefined;
  if (status === 401) for (const listener of sessionEndedListeners) listener(problem?.code ?? 'niet-ingelogd');
  throw new ApiProblem(problem?.code ?? (status >= 500 ? 'interne-fout' : status === 413 ? 'te-groot' : 'ongeldige-invoer'), status, problem?.fields ?? []);
}
