/** The one way the portal talks to the API: JSON, same-origin cookie, the CSRF header, problem codes. */
import { apiUrl } from './paths.ts';

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

const networkTransport: Transport = { fetch: (...args) => fetch(...args) };

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

function touchMarker(storage: Storage | undefined, set: boolean): void {
  try {
    if (set) storage?.setItem(sessionEndMarker, '1');
    else storage?.removeItem(sessionEndMarker);
  } catch {
    // A full or refusing storage must not stop the end itself from being sent.
  }
}

/** Whether an end of the session is still owed to the server. */
export function sessionEndOwed(storage: Storage | undefined = markerStorage()): boolean {
  try {
    return Boolean(storage?.getItem(sessionEndMarker));
  } catch {
    return false;
  }
}

type EndOutcome = 'ended' | 'no-connection' | 'not-confirmed';

async function sendEnd(transport: Transport, storage: Storage | undefined): Promise<EndOutcome> {
  touchMarker(storage, true);
  // Whom a helper helped is part of the session: the next one starts by choosing again.
  chooseMember(undefined);
  let response: Response;
  try {
    response = await transport.fetch(apiUrl('/auth/uitlog'), {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'x-ons-plan': '1', 'content-type': 'application/json' },
      body: '{}',
    });
  } catch {
    return 'no-connection';
  }
  // Only the API's own "done" counts: a Wi-Fi login page (a redirect, or a page of its own) ended nothing.
  if (response.status !== 204 || response.redirected) return 'not-confirmed';
  touchMarker(storage, false);
  return 'ended';
}

/**
 * Ends the session on the server, also while the page goes away (keepalive). Resolves true once the
 * server confirmed; otherwise the note stays and the next request sends the end first.
 */
export async function endServerSession(transport: Transport = networkTransport, storage: Storage | undefined = markerStorage()): Promise<boolean> {
  return (await sendEnd(transport, storage)) === 'ended';
}

/** Before any request with the cookie: an end still owed goes first, and without it nothing goes. */
export async function settleSessionEnd(transport: Transport = networkTransport, storage: Storage | undefined = markerStorage()): Promise<void> {
  if (!sessionEndOwed(storage)) return;
  const outcome = await sendEnd(transport, storage);
  if (outcome === 'no-connection') {
    reached(false);
    throw new ApiProblem('offline', 0);
  }
  if (outcome === 'not-confirmed') throw new ApiProblem('interne-fout', 503);
}

/**
 * The member a helper chose to help now, when she helps several (issue 11): every request then
 * says so (`Ons-Plan-Als: namens:<id>`), so the server answers for that member and no other. Kept
 * for this tab only: a new start asks again, so a helper never finds herself in the wrong person.
 */
const actingForKey = 'onsplan.namens';
let actingFor: string | undefined = readActingFor();

function readActingFor(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(actingForKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The member the helper acts for now, if she chose one. */
export function chosenMember(): string | undefined {
  return actingFor;
}

/** Chooses (or, with undefined, forgets) the member whose data every next request is about. */
export function chooseMember(memberId: string | undefined): void {
  actingFor = memberId;
  try {
    if (memberId) globalThis.sessionStorage?.setItem(actingForKey, memberId);
    else globalThis.sessionStorage?.removeItem(actingForKey);
  } catch {
    // Storage blocked: the choice lives as long as this page.
  }
}

/** The header that names the chosen member (or `memberId`, a write pinned to whom it was made for); none when there is no choice. */
export function actingHeaders(memberId: string | undefined = actingFor): Record<string, string> {
  return memberId ? { [actingHeader]: `namens:${memberId}` } : {};
}

/** The request header that names the member a helper acts for. */
export const actingHeader = 'ons-plan-als';

/**
 * Calls `/api{path}`; resolves to the JSON body, or rejects with an ApiProblem that has a stable code.
 * `onResponse` sees the raw answer first (e.g. its Date header).
 */
export async function api<T>(
  path: string,
  init: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; actingFor?: string | undefined } = {},
  transport: Transport = networkTransport,
  onResponse?: (response: Response) => void,
): Promise<T> {
  await settleSessionEnd(transport);
  let response: Response;
  try {
    response = await transport.fetch(apiUrl(path), {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-ons-plan': '1', ...actingHeaders(init.actingFor ?? actingFor), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
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
  send: async (path, request, onProgress) => {
    await settleSessionEnd();
    return new Promise((done, fail) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, apiUrl(path));
      xhr.withCredentials = true;
      xhr.setRequestHeader('x-ons-plan', '1');
      xhr.setRequestHeader('accept', 'application/json');
      // A write pinned to a member names her itself; the choice made since then does not add a second name.
      const headers = { ...actingHeaders(), ...request.headers };
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
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
    });
  },
};

/** Uploads bytes or a form with progress; resolves to the JSON body or rejects with an ApiProblem like `api`. */
export async function upload<T>(path: string, request: UploadRequest, onProgress: (fraction: number) => void, seam: UploadSeam = browserUpload): Promise<T> {
  const { status, body: answer } = await seam.send(path, request, onProgress);
  if (status >= 200 && status < 300) return answer as T;
  const problem = answer as { code?: string; fields?: string[] } | undefined;
  if (status === 401) for (const listener of sessionEndedListeners) listener(problem?.code ?? 'niet-ingelogd');
  throw new ApiProblem(problem?.code ?? (status >= 500 ? 'interne-fout' : status === 413 ? 'te-groot' : 'ongeldige-invoer'), status, problem?.fields ?? []);
}
