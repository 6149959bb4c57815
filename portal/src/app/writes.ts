import { useCallback } from 'react';
import { api, ApiProblem, chosenMember, upload } from '../api/client.ts';
import { WriteCancelled } from '../components/NamensConfirm/confirm-gate.ts';
import { useNamensGate } from '../components/NamensConfirm/NamensConfirm.tsx';
import type { OutboxItem } from '../offline/outbox.ts';
import type { LocalController } from './controller.ts';
import type { LocalSession } from './local-session.ts';
import { useLocalCopy } from './local-copy-context.ts';

/**
 * Every write of a member goes through the outbox (STYLE 8): stored on the phone first, in one
 * transaction, then sent. Online, the form waits a moment for the server, so a refusal still
 * shows beside what was typed; without an answer in time (or offline) the write stays on the
 * phone as "wacht op verbinding" and goes by itself later. The same client id is the idempotency
 * key every time, so a retry never stores it twice.
 */

/** What a write is, for the list of waiting writes (and the screens that show their own). */
export type WriteKind = 'reactie' | 'instemming' | 'toestemming' | 'toestemming-intrekken' | 'toestemming-antwoord' | 'correctieverzoek' | 'eigen-verklaring' | 'document' | 'document-verwijderen' | 'contactwijziging' | 'contactbericht' | 'verplaatsverzoek' | 'score' | 'mening';

export interface WriteRequest {
  what: WriteKind;
  familyId: string;
  method: 'POST' | 'PUT' | 'DELETE';
  /** Relative to /api, as in `paths`. */
  path: string;
  clientId: string;
  /** The JSON body, or a file to upload; undefined for a removal. */
  body: unknown;
  /** Extra headers of an upload (its name, its audience). */
  headers?: Record<string, string>;
  onProgress?: (fraction: number) => void;
}

export type WriteOutcome =
  /** The server has it. */
  | { kind: 'sent'; body: unknown }
  /** On the phone; it goes when there is a connection. */
  | { kind: 'waiting' };

/** How long a form waits for the server before the write just waits on the phone; a running upload keeps it waiting. */
export const patienceMs = 5_000;

/**
 * Sends a write (through the outbox when the member's copy is open); rejects with an ApiProblem when
 * the server refuses it. A helper first confirms that she does it for the member (issue 11): on
 * "Terug" it rejects with WriteCancelled, nothing is sent or stored, and the form keeps its text.
 */
export function useWrite(): (request: WriteRequest) => Promise<WriteOutcome> {
  const { controller, snapshot } = useLocalCopy();
  const session = snapshot.session;
  const gate = useNamensGate();
  return useCallback(
    async (request: WriteRequest) => {
      if (gate && !(await gate.ask())) throw new WriteCancelled();
      return session && controller ? viaOutbox(session, controller, request) : direct(request);
    },
    [session, controller, gate],
  );
}

/** Writes waiting on this phone, e.g. the comments of one thread; newest last. */
export function usePending(filter: (item: OutboxItem) => boolean): OutboxItem[] {
  return useLocalCopy().snapshot.pending.filter(filter);
}

async function direct(request: WriteRequest): Promise<WriteOutcome> {
  if (request.body instanceof Blob) {
    if (request.method === 'DELETE') throw new Error('an upload is a PUT or POST');
    const headers = { 'content-type': 'application/octet-stream', ...request.headers };
    return { kind: 'sent', body: await upload(request.path, { method: request.method, body: request.body, headers }, request.onProgress ?? (() => {})) };
  }
  return { kind: 'sent', body: await api(request.path, { method: request.method, body: request.body }) };
}

/** The outbox path of `useWrite`; exported for its tests (a fake network behind the outbox). */
export async function viaOutbox(
  session: Pick<LocalSession, 'outbox' | 'enqueue' | 'replay'>,
  controller: Pick<LocalController, 'refresh'>,
  request: WriteRequest,
  online: () => boolean = () => navigator.onLine,
): Promise<WriteOutcome> {
  const { clientId, onProgress } = request;
  const body = request.body instanceof Blob ? new Uint8Array(await request.body.arrayBuffer()) : request.body;
  let finish: (outcome: WriteOutcome | ApiProblem) => void = () => {};
  const settled = new Promise<WriteOutcome>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: 'waiting' }), patienceMs);
    };
    const stop = session.outbox.subscribe((event) => {
      if (event.type === 'changed' || event.clientId !== clientId) return;
      if (event.type === 'progress') {
        onProgress?.(event.fraction);
        arm();
      } else if (event.type === 'confirmed') {
        finish({ kind: 'sent', body: event.body });
      } else {
        // Refused while the form is still open: it shows the problem beside what was typed, so
        // nothing needs to wait on the phone.
        void session.outbox.discard(clientId);
        finish(new ApiProblem(event.problem, event.status, event.fields));
      }
    });
    finish = (outcome) => {
      finish = () => {};
      clearTimeout(timer);
      stop();
      if (outcome instanceof ApiProblem) reject(outcome);
      else resolve(outcome);
    };
    arm();
  });
  const actingFor = chosenMember();
  await session.enqueue({ method: request.method, url: request.path, clientId, body, ...(request.headers ? { headers: request.headers } : {}), what: request.what, familyId: request.familyId, ...(actingFor ? { actingFor } : {}) });
  if (!online()) {
    finish({ kind: 'waiting' });
    return settled;
  }
  // The controller keeps trying when this replay stops early (server gone, no connection).
  controller.refresh();
  void session
    .replay()
    .then(() => finish({ kind: 'waiting' }))
    .catch(() => finish({ kind: 'waiting' }));
  return settled;
}
