import type { Me } from '@onsplan/shared';
import { ApiProblem, api, endServerSession, onReachability, onSessionEnded } from '../api/client.ts';
import { isStoreName } from '../offline/names.ts';
import type { OutboxEvent, OutboxItem, ReplayResult } from '../offline/outbox.ts';
import type { CodeProblem } from '../offline/vault.ts';
import { defaultIdleMs, idleWindow, watchIdle, type IdleSeam, type IdleWatch } from './idle.ts';
import type { LocalSession } from './local-session.ts';
import { storageSignInNote, type SignInNote } from './sign-in-note.ts';

/**
 * The app around the screens: whether this phone has a local copy, whether it is open, and
 * everything that keeps it right: syncing on sign-in, start, reconnect and after each confirmed
 * write; replaying the outbox; the idle timeout; and the wipes (F1). Screens see a snapshot
 * (React's useSyncExternalStore), never the machinery.
 *
 * How the app code relates to sign-in: the passkey is the way in, online. The app code opens the
 * copy on this phone, online or not, every time the app starts. After a passkey sign-in a member
 * sets a code (first time on this phone, or after a wipe) or enters the one they have; "code
 * vergeten" wipes the copy and they choose a new one. Professionals keep no copy: they work online.
 */

export type Phase =
  /** Finding out whether this phone has a local copy. */
  | 'starting'
  /** No local copy in use: signed out, a professional, or a member without one yet. */
  | 'open'
  /** A member is signed in without a copy on this phone: choose an app code. */
  | 'set-code'
  /** A copy is on this phone: the app code opens it. */
  | 'locked'
  | 'unlocked';

export interface LocalSnapshot {
  phase: Phase;
  online: boolean;
  /** Someone has a live session, as far as this phone knows. */
  signedIn: boolean;
  /** The open copy; only while `phase` is unlocked. */
  session: LocalSession | undefined;
  lastSyncedAt: string | undefined;
  /** Writes not yet confirmed by the server, oldest first. */
  pending: OutboxItem[];
  /** Goes up after each sync, so screens read again. */
  dataVersion: number;
  /** The copy was just wiped after too many wrong codes. */
  wipedAfterWrongCodes: boolean;
}

export type EnterResult =
  | { ok: true }
  | { ok: false; reason: 'verkeerde-code'; attemptsLeft: number }
  | { ok: false; reason: 'gewist' }
  /** The screen changed meanwhile (another tab set a code, or there is no copy to open). */
  | { ok: false; reason: 'anders' }
  | { ok: false; reason: CodeProblem };

/**
 * Who keeps a local copy: the people of a family (a helper for the one member she helps), not
 * professionals. A helper of several people works online: one copy would mix their data, and a
 * switch must never show the member before (issue 11). A helper who helps nobody now has nothing
 * to keep, and her copy of the member before goes.
 */
const keepsCopy = (me: Me): boolean => me.kind === 'member' || (me.kind === 'helper' && me.helping?.length === 1);

type Heavy = typeof import('./local-session.ts');
type Navigate = (to: string, state?: unknown) => void;

/** Told to the sign-in screen after a session end wiped writes that were still waiting. */
export interface UnsentWrites {
  unsent: number;
  /** What each one was (outbox `what`); empty when the copy was still locked behind the app code. */
  unsentWhat: string[];
}

export interface ControllerSeams {
  load(): Promise<Heavy>;
  hasLocalCopy(): Promise<boolean>;
  isOnline(): boolean;
  onConnectivity(listener: () => void): () => void;
  wipe(): Promise<unknown>;
  /** Ends the session on the server, also while the page goes away. */
  endSession(): void;
  setTimer(run: () => void, ms: number): () => void;
  idle?: IdleSeam;
  signInNote: SignInNote;
}

export const browserControllerSeams: ControllerSeams = {
  load: () => import('./local-session.ts'),
  async hasLocalCopy() {
    // Listing names needs no Dexie: the first screen stays small when there is no copy.
    if (!globalThis.indexedDB?.databases) return (await (await import('./local-session.ts')).existingStores()).length > 0;
    const all = await indexedDB.databases().catch(() => []);
    return all.some((db) => isStoreName(db.name));
  },
  isOnline: () => globalThis.navigator?.onLine ?? true,
  onConnectivity(listener) {
    addEventListener('online', listener);
    addEventListener('offline', listener);
    return () => {
      removeEventListener('online', listener);
      removeEventListener('offline', listener);
    };
  },
  wipe: async () => (await import('./local-session.ts')).wipeLocalData(),
  endSession: () => void endServerSession(),
  setTimer(run, ms) {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  signInNote: storageSignInNote(),
};

// While the phone is online but the server cannot be reached: try again soon, then less often.
const retryDelays = [1_000, 2_000, 4_000, 8_000, 10_000];
// An active person keeps the server session alive: at most one "who am I" per this time.
const keepAliveMs = 4 * 60_000;

export class LocalController {
  #snapshot: LocalSnapshot;
  readonly #listeners = new Set<() => void>();
  readonly #seams: ControllerSeams;
  #navigate: Navigate = () => {};
  #started = false;
  readonly #unsubscribe: (() => unknown)[] = [];
  #session: LocalSession | undefined;
  #stopOutbox: (() => void) | undefined;
  /** The store to open: found at start, or named after the account at sign-in. */
  #storeName: string | undefined;
  #accountId: string | undefined;
  /** For a helper: the member whose copy this is (one copy per member she helps). */
  #helpedMemberId: string | undefined;
  #idle: IdleWatch | undefined;
  #idleWindowMs = defaultIdleMs;
  #lastContact = 0;
  #refreshing: Promise<void> | undefined;
  #refreshAgain = false;
  #retry: (() => void) | undefined;
  #retryAttempt = 0;
  #syncSoon: (() => void) | undefined;
  #listing = false;
  #listAgain = false;
  /** A copy may be on this phone (so a session end must wipe even before anyone signed in here). */
  #copyKnown = false;
  #endHandled = false;
  /** Counts wipes: a step that awaited across one must not bring back what it wiped. */
  #wipes = 0;

  constructor(seams: ControllerSeams = browserControllerSeams) {
    this.#seams = seams;
    this.#snapshot = { phase: 'starting', online: seams.isOnline(), signedIn: false, session: undefined, lastSyncedAt: undefined, pending: [], dataVersion: 0, wipedAfterWrongCodes: false };
  }

  // --- for React ---

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getSnapshot = (): LocalSnapshot => this.#snapshot;

  setNavigate(navigate: Navigate): void {
    this.#navigate = navigate;
  }

  #set(patch: Partial<LocalSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }

  // --- start and sign-in ---

  /**
   * Once per page. With a copy on this phone the app code screen comes at once, online or not;
   * meanwhile "who am I" finds out whether the session still lives (a 401 wipes, F1). Without a
   * copy the screens show at once, and a member signed in without one is asked to choose a code.
   */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    this.#unsubscribe.push(
      this.#seams.onConnectivity(() => this.#connectivity()),
      onReachability((reachable) => this.#reachability(reachable)),
      // A session the server ended is found at the next contact, whatever made that contact (F1).
      onSessionEnded((code) => void this.sessionEnded(code)),
    );
    this.#copyKnown = await this.#seams.hasLocalCopy().catch(() => true);
    // Without a copy and without a sign-in noted here, the answer can only be "not signed in".
    const mayBeSignedIn = this.#copyKnown || this.#seams.signInNote.mayBeSignedIn();
    const asking = this.#seams.isOnline() && mayBeSignedIn ? this.#whoAmI() : Promise.resolve('unknown' as const);
    if (this.#copyKnown) await this.#openOrChoose(false);
    else this.#set({ phase: 'open' });
    const me = await asking;
    if (me === 'ended') this.#seams.signInNote.forget();
    if (me === 'ended' || me === 'unknown') return; // a 401 has wiped already
    if (!keepsCopy(me)) {
      if (this.#copyKnown) await this.#wipe();
      this.#set({ signedIn: true });
      return this.#startIdle();
    }
    this.#helpedMemberId = me.kind === 'helper' ? me.actingFor?.memberId : undefined;
    // A helper's copy for the member she helped before (her help ended, another began) goes first.
    if (this.#copyKnown && me.kind === 'helper' && !(await this.#copyIsForHelped())) await this.#wipe();
    this.#set({ signedIn: true });
    if (this.#snapshot.phase === 'open') this.#set({ phase: 'set-code' });
  }

  /** Stops listening to the page (connectivity, API answers, idle): for a controller that is replaced, as in tests. */
  stop(): void {
    for (const unsubscribe of this.#unsubscribe.splice(0)) unsubscribe();
    this.#idle?.stop();
    this.#closeSession();
  }

  /** After a passkey sign-in or registration: this account's copy, or a new one; other accounts' copies go. */
  async afterSignIn(accountId: string | undefined): Promise<void> {
    try {
      await this.#afterSignIn(accountId);
    } catch {
      // The sign-in itself worked: without a copy the screens still work online.
      this.#set({ phase: 'open', signedIn: true });
    }
    // After the wipes above (a professional keeps no copy), which clear the storage it is kept in.
    this.#seams.signInNote.noteSignIn();
  }

  async #afterSignIn(accountId: string | undefined): Promise<void> {
    this.#accountId = accountId;
    this.#endHandled = false;
    const me = await this.#whoAmI();
    if (me === 'ended' || me === 'unknown') return;
    if (!keepsCopy(me)) {
      await this.#wipe();
      this.#set({ phase: 'open', signedIn: true });
      return this.#startIdle();
    }
    const heavy = await this.#seams.load();
    this.#helpedMemberId = me.kind === 'helper' ? me.actingFor?.memberId : undefined;
    const name = await heavy.storeNameForAccount(accountId, this.#helpedMemberId);
    // A copy of another account (or of nobody known) never stays beside this one.
    await heavy.keepOnly(name);
    this.#closeSession();
    this.#storeName = name;
    await this.#openOrChoose(true);
  }

  /** A copy with an app code asks for it; one without (a setup cut short) asks for a new code, or goes. */
  async #openOrChoose(signedIn: boolean): Promise<void> {
    const wipes = this.#wipes;
    let hasCode = false;
    try {
      const heavy = await this.#seams.load();
      this.#storeName ??= (await heavy.existingStores())[0];
      if (this.#storeName && wipes === this.#wipes) {
        const session = await heavy.LocalSession.open(this.#storeName);
        hasCode = await session.hasCode().finally(() => session.close());
      }
    } catch {
      // The copy went meanwhile (a wipe closed it): what follows below wipes what may be left.
    }
    if (wipes !== this.#wipes) return; // a wipe came first, and decided
    if (hasCode) return this.#set({ phase: 'locked', signedIn: signedIn || this.#snapshot.signedIn });
    if (signedIn) return this.#set({ phase: 'set-code', signedIn });
    // A copy without a code (its setup was cut short) holds nothing readable: it goes.
    await this.#wipe();
  }

  // --- the app code ---

  /** First time on this phone (or after a wipe): make the copy and seal it with the code. */
  async setCode(code: string): Promise<EnterResult> {
    const [heavy, { codeProblem }] = await Promise.all([this.#seams.load(), import('../offline/vault.ts')]);
    const problem = codeProblem(code);
    if (problem) return { ok: false, reason: problem };
    this.#storeName ??= await heavy.storeNameForAccount(this.#accountId, this.#helpedMemberId);
    const session = await heavy.LocalSession.open(this.#storeName);
    if (await session.hasCode()) {
      // Another tab set one meanwhile: that one opens the copy.
      session.close();
      this.#set({ phase: 'locked' });
      return { ok: false, reason: 'anders' };
    }
    await session.setUp(code);
    if (this.#helpedMemberId) await heavy.markCopyFor(this.#storeName, this.#helpedMemberId);
    this.#copyKnown = true;
    await this.#unlocked(session);
    return { ok: true };
  }

  async enterCode(code: string): Promise<EnterResult> {
    const heavy = await this.#seams.load();
    this.#storeName ??= (await heavy.existingStores())[0];
    if (!this.#storeName) {
      await this.#wipe();
      return { ok: false, reason: 'anders' };
    }
    const session = await heavy.LocalSession.open(this.#storeName);
    const result = await session.unlock(code);
    if (result.ok) {
      await this.#unlocked(session);
      return result;
    }
    session.close();
    if (result.reason === 'verkeerde-code') return result;
    if (result.reason === 'geen-code') {
      await this.#openOrChoose(this.#snapshot.signedIn);
      return { ok: false, reason: 'anders' };
    }
    // The fifth wrong code: the vault deleted the copy; nothing else of the member may stay (F1).
    await this.#wipe();
    this.#set({ wipedAfterWrongCodes: true });
    return { ok: false, reason: 'gewist' };
  }

  /** "App-code vergeten": wipe, then sign in again with the passkey and choose a new code. */
  async forgotCode(): Promise<void> {
    this.#endHandled = true;
    this.#seams.endSession();
    await this.#wipe();
    this.#navigate('/inloggen');
  }

  /** The message after a wipe for wrong codes has been read. */
  acknowledgeWipe(): void {
    this.#set({ wipedAfterWrongCodes: false });
  }

  async #unlocked(session: LocalSession): Promise<void> {
    this.#session = session;
    this.#stopOutbox = session.outbox.subscribe((event) => this.#onOutbox(event));
    const [lastSyncedAt, pending] = await Promise.all([session.lastSyncedAt(), session.outbox.list()]);
    this.#set({ phase: 'unlocked', session, wipedAfterWrongCodes: false, lastSyncedAt, pending });
    this.#startIdle();
    this.refresh();
  }

  // --- keeping the copy right ---

  /** Replays the outbox, then syncs everything; one at a time, and once more if asked meanwhile. */
  refresh(): void {
    if (this.#refreshing) {
      this.#refreshAgain = true;
      return;
    }
    this.#refreshing = this.#refreshOnce().finally(() => {
      this.#refreshing = undefined;
      if (this.#refreshAgain) {
        this.#refreshAgain = false;
        this.refresh();
      }
    });
  }

  async #refreshOnce(): Promise<void> {
    const session = this.#session;
    if (!session || !this.#seams.isOnline()) return;
    const result: ReplayResult = await session.replay().catch(() => ({ sent: 0, failed: 0, stopped: 'server' as const }));
    if (this.#session !== session) return;
    if (result.stopped === 'niet-ingelogd') return this.sessionEnded('niet-ingelogd');
    if (result.stopped === 'offline' || result.stopped === 'server' || result.stopped === 'te-veel-pogingen') return this.#retryLater();
    await this.#sync(session);
  }

  async #sync(session: LocalSession): Promise<void> {
    try {
      await session.syncAll();
    } catch (error) {
      // A 401 went to the session-ended listener; otherwise the copy stays as it was until the next try.
      if (this.#session === session && (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500)) this.#retryLater();
      return;
    }
    this.#lastContact = Date.now();
    this.#retryAttempt = 0;
    if (this.#session !== session) return;
    this.#set({ lastSyncedAt: await session.lastSyncedAt(), dataVersion: this.#snapshot.dataVersion + 1 });
  }

  #retryLater(): void {
    if (this.#retry || !this.#seams.isOnline()) return;
    const delay = retryDelays[Math.min(this.#retryAttempt, retryDelays.length - 1)]!;
    this.#retryAttempt += 1;
    this.#retry = this.#seams.setTimer(() => {
      this.#retry = undefined;
      this.refresh();
    }, delay);
  }

  #onOutbox(event: OutboxEvent): void {
    if (event.type === 'progress') return;
    if (event.type === 'confirmed') {
      this.#retryAttempt = 0;
      // One sync after a burst of confirmations, not one per write.
      this.#syncSoon?.();
      this.#syncSoon = this.#seams.setTimer(() => {
        this.#syncSoon = undefined;
        if (this.#session) void this.#sync(this.#session);
      }, 250);
    }
    this.#pendingChanged();
  }

  /** Re-reads the outbox list; a burst of changes costs one read at a time. */
  #pendingChanged(): void {
    const session = this.#session;
    if (!session) return;
    if (this.#listing) {
      this.#listAgain = true;
      return;
    }
    this.#listing = true;
    void session.outbox
      .list()
      .then((pending) => {
        if (this.#session === session) this.#set({ pending });
      })
      .catch(() => {})
      .finally(() => {
        this.#listing = false;
        if (this.#listAgain) {
          this.#listAgain = false;
          this.#pendingChanged();
        }
      });
  }

  /** The browser says the network came or went: believe it, and try at once when it came. */
  #connectivity(): void {
    const online = this.#seams.isOnline();
    this.#set({ online });
    if (online) this.#tryNow();
  }

  /** A request reached the server or did not: that is what "online" means for the status. */
  #reachability(reachable: boolean): void {
    const online = reachable && this.#seams.isOnline();
    if (online === this.#snapshot.online) return;
    this.#set({ online });
    // Back in touch while nothing was running (e.g. a screen read something): send and sync now.
    if (online && !this.#refreshing) this.#tryNow();
  }

  #tryNow(): void {
    if (!this.#session) return;
    this.#retry?.();
    this.#retry = undefined;
    this.#retryAttempt = 0;
    this.refresh();
  }

  /** "Who am I", with the server's own clock for the idle window; 'ended' when the server says the session is over. */
  async #whoAmI(): Promise<Me | 'ended' | 'unknown'> {
    try {
      let serverDate: string | null = null;
      const me = await api<Me>('/ik', {}, undefined, (response) => (serverDate = response.headers.get('date')));
      this.#lastContact = Date.now();
      this.#idleWindowMs = idleWindow(me.session.idleExpiresAt, serverDate);
      this.#idle?.setWindow(this.#idleWindowMs);
      return me;
    } catch (error) {
      return error instanceof ApiProblem && error.status === 401 ? 'ended' : 'unknown';
    }
  }

  #startIdle(): void {
    this.#idle?.stop();
    this.#idle = watchIdle(
      {
        windowMs: this.#idleWindowMs,
        onIdle: () => void this.sessionEnded('sessie-verlopen'),
        onActive: () => {
          if (!this.#seams.isOnline() || Date.now() - this.#lastContact < keepAliveMs) return;
          this.#lastContact = Date.now();
          void this.#whoAmI();
        },
      },
      this.#seams.idle,
    );
  }

  // --- the wipes (F1) ---

  /** Sign-out: the server forgets the session, the phone forgets everything. */
  async signOut(): Promise<void> {
    this.#endHandled = true;
    // Off the member's screens first: none of them asks the server again once the session is gone.
    this.#navigate('/uitgelogd');
    // The wipe resets the app at once, so a late "niet ingelogd" from a request on its way finds nobody to send elsewhere.
    const wiping = this.#wipe();
    this.#seams.endSession();
    await wiping;
  }

  /**
   * Whether this page already sent the person away for a session end (or a sign-out) since the last
   * sign-in: then a screen's own 401 says nothing new and must not replace that message.
   */
  get sessionEndHandled(): boolean {
    return this.#endHandled;
  }

  /** Idle timeout, or the server said the session is over: wipe, then sign in again. */
  async sessionEnded(code: string): Promise<void> {
    const { phase, signedIn } = this.#snapshot;
    const inUse = signedIn || phase === 'set-code' || phase === 'locked' || phase === 'unlocked';
    // Someone who never signed in on this phone has nothing here to wipe (and needs no Dexie loaded).
    if (!inUse && !this.#copyKnown) return;
    // The first reason wins: the 401s that the end itself causes must not replace "te lang weg".
    if (this.#endHandled) return;
    this.#endHandled = true;
    // Before the wipe, which can take seconds: meanwhile the cookie must not open anything.
    if (code === 'sessie-verlopen') this.#seams.endSession();
    // Writes still waiting go with the wipe (F1); the sign-in screen says how many, so none is lost unseen.
    const unsent = await this.#unsentWrites();
    // Away from the member's screens first, so none of them asks the server again and hears "niet ingelogd" instead.
    this.#navigate('/inloggen', unsent ? { problem: code, ...unsent } : { problem: code });
    await this.#wipe();
  }

  /** The writes waiting in the outbox: with the copy open, what each was; behind the app code only how many. */
  async #unsentWrites(): Promise<UnsentWrites | undefined> {
    if (this.#session) {
      const { pending } = this.#snapshot;
      return pending.length > 0 ? { unsent: pending.length, unsentWhat: pending.map((p) => p.what ?? 'anders') } : undefined;
    }
    if (!this.#copyKnown) return undefined;
    try {
      const heavy = await this.#seams.load();
      const name = this.#storeName ?? (await heavy.existingStores())[0];
      if (!name) return undefined;
      const copy = await heavy.LocalSession.open(name);
      const count = await copy.outbox.pendingCount().finally(() => copy.close());
      return count > 0 ? { unsent: count, unsentWhat: [] } : undefined;
    } catch {
      return undefined; // the copy went meanwhile: nothing left to count
    }
  }

  #closeSession(): void {
    this.#stopOutbox?.();
    this.#stopOutbox = undefined;
    this.#session?.close();
    this.#session = undefined;
  }

  /** Everything of the member off this phone: copy, outbox, keys, storage, data caches (F1). */
  async #copyIsForHelped(): Promise<boolean> {
    try {
      const heavy = await this.#seams.load();
      const name = this.#storeName ?? (await heavy.existingStores())[0];
      return name === undefined || (await heavy.copyIsFor(name, this.#helpedMemberId));
    } catch {
      return false;
    }
  }

  async #wipe(): Promise<void> {
    this.#wipes += 1;
    this.#idle?.stop();
    this.#idle = undefined;
    this.#retry?.();
    this.#retry = undefined;
    this.#syncSoon?.();
    this.#syncSoon = undefined;
    this.#closeSession();
    this.#storeName = undefined;
    this.#copyKnown = false;
    // The screen changes first, in the same task: nothing of the member stays visible while the deletes run.
    this.#set({ phase: 'open', signedIn: false, session: undefined, pending: [], lastSyncedAt: undefined });
    await this.#seams.wipe().catch(() => {});
  }
}
