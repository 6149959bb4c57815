import webpush from 'web-push';
import type { Clock } from '../config.ts';
import type { PushSubscriptions, StoredPushSubscription } from './subscriptions.ts';
import type { VapidKeys } from './vapid.ts';

/** One request to a push service, as web-push prepares it (VAPID JWT, aes128gcm body). */
export interface PushRequest {
  endpoint: string;
  method: string;
  headers: Record<string, string | number>;
  body: Buffer | null;
}

/** Sends a prepared request and answers the push service's status; a seam for tests. */
export type PushTransport = (request: PushRequest) => Promise<number>;

export const fetchTransport: PushTransport = async (request) => {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers,
    ...(request.body ? { body: new Uint8Array(request.body) } : {}),
    redirect: 'error',
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  return response.status;
};

/**
 * The notice itself carries no names and no plan text: a locked screen can be seen by the wrong
 * person. The service worker shows its own fixed sentence whatever arrives; this body only tells
 * it that the notice is ours. Encrypted all the same (RFC 8291), as every Web Push payload must be.
 */
export const newsPayload = JSON.stringify({ soort: 'nieuws' });

export interface NotifierOptions {
  subscriptions: PushSubscriptions;
  keys: VapidKeys;
  subject: string;
  clock: Clock;
  transport?: PushTransport;
  /** Where failures go (the server log); a failed notice never fails the write that caused it. */
  warn?: (message: string, details: Record<string, unknown>) => void;
}

/**
 * "Er is iets nieuws in Mijn plan" to the devices of the given accounts, after the write that
 * caused it has committed. Sending runs beside the request: the person who wrote never waits for
 * a push service. One topic, so a phone that was off gets one notice, not a pile.
 */
export class Notifier {
  readonly #options: NotifierOptions;
  readonly #transport: PushTransport;
  readonly #pending = new Set<Promise<void>>();

  constructor(options: NotifierOptions) {
    this.#options = options;
    this.#transport = options.transport ?? fetchTransport;
  }

  get publicKey(): string {
    return this.#options.keys.publicKey;
  }

  /** Starts sending to every live device of these accounts; returns at once. */
  newsFor(userIds: Iterable<string>): void {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const run = this.#send(unique).catch((error: unknown) => this.#warn('Meldingen konden niet worden verstuurd.', { error: String(error) }));
    this.#pending.add(run);
    void run.finally(() => this.#pending.delete(run));
  }

  /** Resolves once every notice started so far is sent or given up (tests, and stopping the server). */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  async #send(userIds: string[]): Promise<void> {
    const devices = await this.#options.subscriptions.of(userIds);
    await Promise.all(devices.map((device) => this.#sendTo(device)));
  }

  async #sendTo(device: StoredPushSubscription): Promise<void> {
    const { keys, subject } = this.#options;
    const details = webpush.generateRequestDetails({ endpoint: device.endpoint, keys: device.keys }, newsPayload, {
      vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
      contentEncoding: 'aes128gcm',
      TTL: 24 * 60 * 60,
      urgency: 'normal',
      topic: 'nieuws',
    });
    let status: number;
    try {
      status = await this.#transport({ endpoint: details.endpoint, method: details.method, headers: details.headers as Record<string, string | number>, body: details.body as Buffer | null });
    } catch (error) {
      this.#warn('Een pushdienst was niet bereikbaar.', { host: new URL(device.endpoint).host, error: String(error) });
      return;
    }
    if (status === 404 || status === 410) {
      await this.#options.subscriptions.forgetEndpoint(device.endpoint);
      return;
    }
    if (status >= 200 && status < 300) {
      await this.#options.subscriptions.markSent(device.id, this.#options.clock.now());
      return;
    }
    this.#warn('Een pushdienst weigerde een melding.', { host: new URL(device.endpoint).host, status });
  }

  #warn(message: string, details: Record<string, unknown>): void {
    this.#options.warn?.(message, details);
  }
}
