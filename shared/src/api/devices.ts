import { Type, type Static } from 'typebox';
import { Nullable } from './schema-kit.ts';

/** Wire shapes for "Mijn apparaten en inlogsleutels" (REQUIREMENTS C2) and notices on this device (issue 11). */

/** The longest passkey (credential) id WebAuthn allows, 1023 bytes, in base64url characters. */
export const passkeyIdMaxLength = Math.ceil((1023 * 4) / 3);

/**
 * `id`: a short public handle for `DELETE /api/v1/ik/sessies/:id`, never the session token. `device`:
 * the browser and system in words ("Chrome op Android"). `isCurrent`: the session of this request;
 * ending it signs you out here.
 */
export const SessionViewSchema = Type.Object({ id: Type.String(), createdAt: Type.String(), lastSeenAt: Type.String(), device: Type.String(), isCurrent: Type.Boolean() });
export type SessionView = Static<typeof SessionViewSchema>;

/**
 * `id`: for `DELETE /api/v1/ik/inlogsleutels/:id`; the last one cannot be revoked (409 laatste-inlogsleutel).
 * `backedUp`: synced by the phone maker (Google, Apple), so it also works on their other devices.
 */
export const PasskeyViewSchema = Type.Object({ id: Type.String(), name: Type.String(), createdAt: Type.String(), lastUsedAt: Nullable(Type.String()), backedUp: Type.Boolean() });
export type PasskeyView = Static<typeof PasskeyViewSchema>;

export const SessionHandleParamsSchema = Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{16}$' }) }, { additionalProperties: false });
export const PasskeyIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: passkeyIdMaxLength }) }, { additionalProperties: false });

/** A browser's push subscription. A P-256 public key is 65 bytes (87 base64url characters), the auth secret 16 bytes (22): RFC 8291. */
export const NewPushSubscriptionSchema = Type.Object(
  {
    endpoint: Type.String({ minLength: 1, maxLength: 2048 }),
    keys: Type.Object({ p256dh: Type.String({ pattern: '^[A-Za-z0-9_-]{87}$' }), auth: Type.String({ pattern: '^[A-Za-z0-9_-]{22}$' }) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type NewPushSubscription = Static<typeof NewPushSubscriptionSchema>;

export const PushPublicKeySchema = Type.Object({ publicKey: Type.String() });
export const PushSubscriptionIdSchema = Type.Object({ id: Type.String() });
