/**
 * One question at a time, answered yes or no: the logic under the helper's "U doet dit namens
 * Samira" step, apart from React so it is tested without a browser. A new question while one is
 * open answers the open one "no" first: two writes never wait on one answer.
 */
export class ConfirmGate {
  #pending: ((yes: boolean) => void) | undefined;
  readonly #listeners = new Set<(asking: boolean) => void>();

  /** Resolves true on "Ja, verstuur", false on "Terug" (or when a newer question replaces it). */
  ask(): Promise<boolean> {
    this.#pending?.(false);
    return new Promise((resolve) => {
      this.#pending = resolve;
      this.#emit(true);
    });
  }

  answer(yes: boolean): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    this.#emit(false);
    pending(yes);
  }

  get asking(): boolean {
    return this.#pending !== undefined;
  }

  subscribe(listener: (asking: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(asking: boolean): void {
    for (const listener of this.#listeners) listener(asking);
  }
}

/** Thrown by a helper's write when she chose "Terug": the form keeps what she typed and shows no problem. */
export class WriteCancelled extends Error {
  constructor() {
    super('write cancelled by the helper');
    this.name = 'WriteCancelled';
  }
}
