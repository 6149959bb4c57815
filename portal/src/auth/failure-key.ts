import { ApiProblem } from '../api/client.ts';
import { PasskeyError } from './webauthn.ts';

/** The B1 message key for anything that can go wrong while making or using a passkey. */
export function passkeyFailureKey(error: unknown, flow: 'passkey' | 'signIn'): string {
  if (error instanceof PasskeyError) {
    if (error.reason === 'cancelled') return `${flow}.cancelled`;
    if (error.reason === 'unsupported') return 'passkey.unsupported';
    return 'problem.passkey-mislukt';
  }
  if (error instanceof ApiProblem) return `problem.${error.code}`;
  return 'problem.interne-fout';
}
