import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A browser's side of a subscription: its own key pair and auth secret, as the push service hands them out. */
export interface Subscriber {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  decrypt(body: Buffer): string;
}

/** What the stand-in push service received and checked, per notice. */
export interface Received {
  endpoint: string;
  plaintext: string;
  ttl: number;
  topic: string | undefined;
  urgency: string | undefined;
  subject: string;
}

/**
 * A local stand-in for a browser's push service (FCM, Mozilla, Apple). It does what they do before
 * accepting a notice: checks the VAPID JWT (RFC 8292: ES256 signed with the key in `k`, `aud` its
 * own origin, `exp` within 24 hours, a `sub`) and the aes128gcm encryption (RFC 8188/8291, by
 * decrypting with the subscriber's key). A bad notice is answered 400/401/403, as they do; an
 * endpoint marked gone answers 410.
 */
export async function startPushService() {
  const received: Received[] = [];
  const rejected: string[] = [];
  const subscribers = new Map<string, Subscriber>();
  const gone = new Set<string>();
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const endpoint = `${origin}${request.url}`;
    const answer = (status: number, why?: string) => {
      if (why) rejected.push(why);
      response.writeHead(status).end();
    };
    if (gone.has(endpoint)) return answer(410);
    const subscriber = subscribers.get(endpoint);
    if (!subscriber) return answer(404, 'onbekend adres');
    const vapid = checkVapid(String(request.headers.authorization ?? ''), origin);
    if (typeof vapid === 'string') return answer(403, vapid);
    if (request.headers['content-encoding'] !== 'aes128gcm') return answer(400, 'geen aes128gcm');
    let plaintext: string;
    try {
      plaintext = subscriber.decrypt(body);
    } catch {
      return answer(400, 'niet te ontsleutelen');
    }
    received.push({
      endpoint, plaintext, ttl: Number(request.headers.ttl), subject: vapid.sub,
      topic: request.headers.topic as string | undefined, urgency: request.headers.urgency as string | undefined,
    });
    response.writeHead(201).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let next = 0;
  return {
    origin,
    received,
    rejected,
    /** A new subscription as a browser would get it from this service. */
    subscribe(): Subscriber {
      const subscriber = newSubscriber(`${origin}/push/${++next}-${randomBytes(6).toString('hex')}`);
      subscribers.set(subscriber.endpoint, subscriber);
      return subscriber;
    },
    /** From now on this endpoint answers 410 Gone (the person said no, or removed the app). */
    markGone(endpoint: string) {
      gone.add(endpoint);
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** `vapid t=<jwt>, k=<key>`: the claims when valid, else why not. */
function checkVapid(authorization: string, audience: string): { sub: string } | string {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match) return 'geen vapid-kop';
  const [header, payload, signature] = match[1]!.split('.');
  if (!header || !payload || !signature) return 'geen jwt';
  const point = Buffer.from(match[2]!, 'base64url');
  if (point.length !== 65 || point[0] !== 4) return 'sleutel is geen P-256-punt';
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'ES256') return 'geen ES256';
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) return 'handtekening klopt niet';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { aud?: string; exp?: number; sub?: string };
  if (claims.aud !== audience) return `aud is ${claims.aud}`;
  // Push services use their own clock, as this check does: the JWT is made with the real time too.
  const seconds = Date.now() / 1000;
  if (!claims.exp || claims.exp < seconds || claims.exp > seconds + 24 * 3600) return 'exp niet binnen 24 uur';
  if (!claims.sub || !/^(mailto:|https:)/.test(claims.sub)) return 'sub is geen mailto: of https:';
  return { sub: claims.sub };
}

/** The browser's side of RFC 8291: a P-256 key pair and a 16-byte auth secret, and decryption. */
function newSubscriber(endpoint: string): Subscriber {
  const ecdh = createECDH('prime256v1');
  const uaPublic = ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    endpoint,
    keys: { p256dh: uaPublic.toString('base64url'), auth: authSecret.toString('base64url') },
    decrypt(body) {
      const salt = body.subarray(0, 16);
      const idLength = body[20]!;
      const asPublic = body.subarray(21, 21 + idLength);
      const cipher = body.subarray(21 + idLength);
      const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();
      const ikm = hmac(hmac(authSecret, ecdh.computeSecret(asPublic)), Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic, Buffer.from([1])]));
      const prk = hmac(salt, ikm);
      const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0\x01')).subarray(0, 16);
      const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0\x01')).subarray(0, 12);
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(cipher.subarray(cipher.length - 16));
      const padded = Buffer.concat([decipher.update(cipher.subarray(0, cipher.length - 16)), decipher.final()]);
      // The last record ends with the delimiter 2, then zero padding.
      let end = padded.length - 1;
      while (end >= 0 && padded[end] === 0) end--;
      if (padded[end] !== 2) throw new Error('geen laatste record');
      return padded.subarray(0, end).toString('utf8');
    },
  };
}
