import { Type, type Static } from 'typebox';

/** Wire shapes for the command line's way in while the server runs (loopback only, hidden from the OpenAPI document). */

/** A body that must be empty: the operation needs no input. */
export const EmptyBodySchema = Type.Object({}, { additionalProperties: false });

/** Whom `npm run cli -- invite` names: a demo key or a name, as the command line was given it. */
export const AdminInviteeSchema = Type.Object({ who: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export type AdminInvitee = Static<typeof AdminInviteeSchema>;

/** The invitation code the server made, for the command line to print. */
export const AdminInvitationSchema = Type.Object({ code: Type.String(), name: Type.String(), expiresAt: Type.String() });
export type AdminInvitation = Static<typeof AdminInvitationSchema>;
