import { Type, type Static } from 'typebox';
import { passkeyIdMaxLength } from './devices.ts';
import { Passed } from './schema-kit.ts';

/** Wire shapes for signing in: an invitation code, then a passkey (REQUIREMENTS E1, E2). */

/** An invitation code as the member (or a new helper) types it; dashes and spaces are allowed. */
export const InvitationCodeSchema = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export type InvitationCode = Static<typeof InvitationCodeSchema>;

/**
 * The options for the browser's WebAuthn ceremony, as the server library makes them and the browser
 * library reads them: passed on whole, typed by the server as its library's type.
 */
export const CeremonyOptionsSchema = Passed<object>();

/** `name`: the first name the invitation was made for, to greet her while she makes a passkey. */
export const InvitationClaimedSchema = Type.Object({ name: Type.String(), options: CeremonyOptionsSchema });
export type InvitationClaimed = Static<typeof InvitationClaimedSchema>;

/**
 * A WebAuthn credential response as the browser library sends it, typed as the server library's
 * `T` (a registration or an authentication): the schema checks the outside and bounds the ids,
 * SimpleWebAuthn checks the inside.
 */
function CredentialResponse<T>() {
  return Type.Unsafe<T>(
    Type.Object({
      id: Type.String({ maxLength: passkeyIdMaxLength }),
      rawId: Type.String({ maxLength: passkeyIdMaxLength }),
      type: Type.Literal('public-key'),
      response: Type.Unsafe<object>({ type: 'object' }),
      clientExtensionResults: Type.Optional(Type.Unsafe<object>({ type: 'object' })),
      authenticatorAttachment: Type.Optional(Type.String()),
    }),
  );
}

/** A new passkey to store; `passkeyName` is what she calls this device ("Mijn telefoon"). */
export const PasskeyRegistrationSchema = <T>() => Type.Object({ response: CredentialResponse<T>(), passkeyName: Type.Optional(Type.String({ maxLength: 60 })) }, { additionalProperties: false });

/** Signing in with a passkey: the browser's answer to the challenge. */
export const PasskeySignInSchema = <T>() => Type.Object({ response: CredentialResponse<T>() }, { additionalProperties: false });
