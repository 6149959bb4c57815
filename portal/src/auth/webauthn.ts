import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';

/**
 * The seam around the browser's passkey API, so pages can be tested without a real authenticator.
 * Errors come back as one of three words the pages turn into B1 text.
 */
export type PasskeyFailure = 'cancelled' | 'unsupported' | 'failed';

export class PasskeyError extends Error {
  readonly reason: PasskeyFailure;
  constructor(reason: PasskeyFailure) {
    super(reason);
    this.name = 'PasskeyError';
    this.reason = reason;
  }
}

export interface PasskeySeam {
  create(options: unknown): Promise<unknown>;
  use(options: unknown): Promise<unknown>;
}

function translate(error: unknown): PasskeyError {
  const name = (error as { name?: string })?.name;
  // The user closed the dialog, or it timed out: both are "stopped", not broken.
  if (name === 'NotAllowedError' || name === 'AbortError') return new PasskeyError('cancelled');
  if (name === 'NotSupportedError' || name === 'SecurityError') return new PasskeyError('unsupported');
  return new PasskeyError('failed');
}

export const browserPasskeys: PasskeySeam = {
  async create(options) {
    if (!browserSupportsWebAuthn()) throw new PasskeyError('unsupported');
    try {
      return await startRegistration({ optionsJSON: options as Parameters<typeof startRegistration>[0]['optionsJSON'] });
    } catch (error) {
      throw translate(error);
    }
  },
  async use(options) {
    if (!browserSupportsWebAuthn()) throw new PasskeyError('unsupported');
    try {
      return await startAuthentication({ optionsJSON: options as Parameters<typeof startAuthentication>[0]['optionsJSON'] });
    } catch (error) {
      throw translate(error);
    }
  },
};
