import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A software passkey authenticator for API tests (the browser tests use Chromium's virtual
 * authenticator instead). It builds real WebAuthn responses: CBOR attestation "none", ES256 keys,
 * signatures over authenticator data and the client data hash, so the server's checks run for real.
 */

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | { [key: string]: Cbor };

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 256) return [(major << 5) | 24, n];
  if (n < 65536) return [(major << 5) | 25, n >> 8, n & 255];
  return [(major << 5) | 26, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function cbor(value: Cbor): number[] {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(cbor)];
  const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
  return [...head(5, entries.length), ...entries.flatMap(([k, v]) => [...cbor(k), ...cbor(v)])];
}

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export interface SoftAuthenticatorOptions {
  origin: string;
  rpId: string;
  /** Set false to act like an authenticator that skipped the PIN or fingerprint. */
  userVerified?: boolean;
  /** Length of the credential id; WebAuthn allows 16 to 1023 bytes. */
  credentialIdBytes?: number;
}

export class SoftAuthenticator {
  readonly credentialId: Buffer<ArrayBuffer>;
  readonly #privateKey: KeyObject;
  readonly #publicJwk: { x: string; y: string };
  #counter = 0;
  #userHandle = '';
  readonly options: Required<SoftAuthenticatorOptions>;

  constructor(options: SoftAuthenticatorOptions) {
    this.options = { userVerified: true, credentialIdBytes: 16, ...options };
    this.credentialId = randomBytes(this.options.credentialIdBytes);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.#privateKey = privateKey;
    this.#publicJwk = publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  }

  #flags(attested: boolean): number {
    // UP | UV? | BE | BS (a synced passkey) | AT when a credential is attached.
    return 0x01 | (this.options.userVerified ? 0x04 : 0) | 0x08 | 0x10 | (attested ? 0x40 : 0);
  }

  #authData(attested: boolean): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.#counter);
    const parts = [sha256(this.options.rpId), Buffer.from([this.#flags(attested)]), counter];
    if (attested) {
      const coseKey = new Map<Cbor, Cbor>([
        [1, 2], [3, -7], [-1, 1],
        [-2, Buffer.from(this.#publicJwk.x, 'base64url')],
        [-3, Buffer.from(this.#publicJwk.y, 'base64url')],
      ]);
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), idLength, this.credentialId, Buffer.from(cbor(coseKey)));
    }
    return Buffer.concat(parts);
  }

  #clientData(type: string, challenge: string, origin = this.options.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** Answers `navigator.credentials.create()` for the given options. */
  register(options: { challenge: string; user: { id: string } }, overrides: { origin?: string } = {}) {
    this.#userHandle = options.user.id;
    const clientDataJSON = this.#clientData('webauthn.create', options.challenge, overrides.origin);
    const attestationObject = Buffer.from(cbor({ fmt: 'none', attStmt: {}, authData: this.#authData(true) }));
    return {
      id: b64url(this.credentialId),
      rawId: b64url(this.credentialId),
      type: 'public-key',
      response: { clientDataJSON: b64url(clientDataJSON), attestationObject: b64url(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** Answers `navigator.credentials.get()` for the given options. */
  authenticate(options: { challenge: string }, overrides: { origin?: string } = {}) {
    this.#counter += 1;
    const authenticatorData = this.#authData(false);
    const clientDataJSON = this.#clientData('webauthn.get', options.challenge, overrides.origin);
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), this.#privateKey);
    return {
      id: b64url(this.credentialId),
      rawId: b64url(this.credentialId),
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: this.#userHandle,
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }
}
