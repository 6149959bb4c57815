/** Wire types for "Mijn apparaten en inlogsleutels" (REQUIREMENTS C2): `GET /api/v1/ik/sessies` and `GET /api/v1/ik/inlogsleutels`. */

export interface SessionView {
  /** A short public handle for `DELETE /api/v1/ik/sessies/:id`, never the session token. */
  id: string;
  createdAt: string;
  lastSeenAt: string;
  /** The browser and system in words ("Chrome op Android"). */
  device: string;
  /** The session of this request: ending it signs you out here. */
  isCurrent: boolean;
}

export interface PasskeyView {
  /** For `DELETE /api/v1/ik/inlogsleutels/:id`; the last one cannot be revoked (409 laatste-inlogsleutel). */
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Synced by the phone maker (Google, Apple), so it also works on their other devices. */
  backedUp: boolean;
}
