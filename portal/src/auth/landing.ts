import type { Me } from '@onsplan/shared';
import { api } from '../api/client.ts';

/**
 * Where someone lands after signing in: a professional in her workspace, anyone else in the member
 * screens. When "who am I" cannot be read, the member screens sort it out (they ask again).
 */
export async function landingAfterSignIn(): Promise<string> {
  const me = await api<Me>('/ik').catch(() => undefined);
  return me?.kind === 'professional' ? '/werk' : '/plan';
}
