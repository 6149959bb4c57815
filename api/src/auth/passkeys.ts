import {
  generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse,
  type AuthenticationResponseJSON, type PublicKeyCredentialCreationOptionsJSON, type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Clock, Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { SessionStore } from './sessions.ts';

export interface PasskeyInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  backedUp: boolean;
}

/**
 * Passkeys with SimpleWebAuthn (REQUIREMENTS E1): discoverable credentials, user verification
 * required, origin and RP ID always checked, the counter saved every time, synced passkeys accepted.
 */
export class Passkeys {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #config: Config;
  readonly #sessions: SessionStore;

  constructor(db: Db, clock: Clock, config: Config, sessions: SessionStore) {
    this.#db = db;
    this.#clock = clock;
    this.#config = config;
    this.#sessions = sessions;
  }

  async registrationOptions(userId: string, displayName: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const existing = await this.#db.query<{ id: string; transports: string[] }>(`select id, transports from passkeys where user_id = $1 and revoked_at is null`, [userId]);
    return generateRegistrationOptions({
      rpName: this.#config.rpName,
      rpID: this.#config.rpId,
      userID: new TextEncoder().encode(userId),
      userName: displayName,
      userDisplayName: displayName,
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    });
  }

  /** Verifies a new passkey and saves it for `userId`, inside the caller's transaction; returns its id. */
  async register(tx: Db, userId: string, response: RegistrationResponseJSON, expectedChallenge: string, name: string): Promise<string> {
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response,
        expectedChallenge,
        expectedOrigin: this.#config.origin,
        expectedRPID: this.#config.rpId,
        requireUserVerification: true,
      });
    } catch {
      throw new AppError('passkey-mislukt');
    }
    if (!verification.verified) throw new AppError('passkey-mislukt');
    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
    await tx.query(
      `insert into passkeys (id, user_id, public_key, counter, transports, device_type, backed_up, name, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [credential.id, userId, credential.publicKey, credential.counter, credential.transports ?? [], credentialDeviceType, credentialBackedUp, name, this.#clock.now().toISOString()],
    );
    return credential.id;
  }

  authenticationOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
    return generateAuthenticationOptions({ rpID: this.#config.rpId, userVerification: 'required', allowCredentials: [] });
  }

  /** Checks a sign-in; returns the user it belongs to and the passkey that signed. */
  async authenticate(response: AuthenticationResponseJSON, expectedChallenge: string): Promise<{ userId: string; passkeyId: string }> {
    const [passkey] = await this.#db.query<{ id: string; userId: string; publicKey: Uint8Array; counter: number; transports: string[] }>(
      `select p.id, p.user_id as "userId", p.public_key as "publicKey", p.counter, p.transports
         from passkeys p join users u on u.id = p.user_id where p.id = $1 and p.revoked_at is null and u.disabled_at is null`,
      [response.id],
    );
    if (!passkey) throw new AppError('passkey-onbekend');
    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge,
        expectedOrigin: this.#config.origin,
        expectedRPID: this.#config.rpId,
        credential: { id: passkey.id, publicKey: new Uint8Array(passkey.publicKey), counter: passkey.counter, transports: passkey.transports },
        requireUserVerification: true,
      });
    } catch {
      throw new AppError('passkey-mislukt');
    }
    if (!verification.verified) throw new AppError('passkey-mislukt');
    await this.#db.query(`update passkeys set counter = $2, last_used_at = $3 where id = $1`, [
      passkey.id, verification.authenticationInfo.newCounter, this.#clock.now().toISOString(),
    ]);
    return { userId: passkey.userId, passkeyId: passkey.id };
  }

  async list(userId: string): Promise<PasskeyInfo[]> {
    const rows = await this.#db.query<{ id: string; name: string; createdAt: Date; lastUsedAt: Date | null; backedUp: boolean }>(
      `select id, name, created_at as "createdAt", last_used_at as "lastUsedAt", backed_up as "backedUp" from passkeys where user_id = $1 and revoked_at is null order by created_at`,
      [userId],
    );
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null }));
  }

  /**
   * Revokes one of the user's passkeys and, in the same transaction, ends every session it opened:
   * a lost or stolen phone is out at once, not when its session times out. The last passkey stays,
   * or the user could never sign in again.
   */
  async revoke(userId: string, passkeyId: string): Promise<void> {
    const ended = await this.#db.transaction(async (tx) => {
      const active = await tx.query<{ id: string }>('select id from passkeys where user_id = $1 and revoked_at is null for update', [userId]);
      if (!active.some((p) => p.id === passkeyId)) throw new AppError('niet-gevonden');
      if (active.length === 1) throw new AppError('laatste-inlogsleutel');
      await tx.query('update passkeys set revoked_at = $3 where id = $1 and user_id = $2', [passkeyId, userId, this.#clock.now().toISOString()]);
      return this.#sessions.endOpenedWith(tx, passkeyId, 'inlogsleutel-ingetrokken');
    });
    this.#sessions.forgetEnded(ended);
  }
}
