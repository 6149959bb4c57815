/**
 * A note on this browser that someone signed in here, so the app asks the server "who am I" only
 * when a session can exist: a first visitor's start page then sends no request that can only be
 * refused (a 401 in the console for every new visitor). It says nothing about who, and every wipe
 * (sign-out, Snel weg, a session end) clears it with the rest of the storage (offline/wipe.ts).
 */
export const signInNoteKey = 'onsplan.ingelogd';

export interface SignInNote {
  /** False only when this browser knows nobody signed in since the last wipe. */
  mayBeSignedIn(): boolean;
  noteSignIn(): void;
  /** The server said there is no session (anymore): until the next sign-in, do not ask again. */
  forget(): void;
}

function storageOrNone(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function storageSignInNote(storage: () => Storage | undefined = storageOrNone): SignInNote {
  // A browser that keeps nothing, or refuses, cannot know: then the app asks, as before the note.
  const attempt = <T>(use: (storage: Storage) => T, otherwise: T): T => {
    try {
      const found = storage();
      return found ? use(found) : otherwise;
    } catch {
      return otherwise;
    }
  };
  return {
    mayBeSignedIn: () => attempt((s) => s.getItem(signInNoteKey) !== null, true),
    noteSignIn: () => attempt((s) => s.setItem(signInNoteKey, '1'), undefined),
    forget: () => attempt((s) => s.removeItem(signInNoteKey), undefined),
  };
}
