import 'fake-indexeddb/auto';
import type { SyncResponse } from '@onsplan/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAllStores } from '../offline/store.ts';
import { wipeLocalData } from '../offline/wipe.ts';
import { Outbox } from '../offline/outbox.ts';
import { MemoryStorage, testIterations, unlockedStore } from '../offline/testing.ts';
import { browserControllerSeams, LocalController, type ControllerSeams } from './controller.ts';
import type { IdleSeam } from './idle.ts';
import { storageSignInNote, type SignInNote } from './sign-in-note.ts';
import * as heavy from './local-session.ts';

/**
 * The app shell's controller with the real local copy (fake-indexeddb, real WebCrypto) and a fake
 * API behind fetch: what each start shows, the app code, the sync, and the order of the wipes.
 */
const family = '6f1c2a7e-0000-4000-8000-000000000001';
const planText = 'Mark komt niet bij het huis van Samira.';
const me = { kind: 'member', name: 'Samira', session: { expiresAt: '2026-11-24T22:00:00.000Z', idleExpiresAt: '2026-11-24T10:30:00.000Z' } };

interface FakeApi {
  signedIn: boolean;
  kind: string;
  /** For a helper: the one member she helps now. */
  helps?: string;
  calls: string[];
}

function fakeApi(): FakeApi {
  const state: FakeApi = { signedIn: true, kind: 'member', calls: [] };
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    state.calls.push(`${init.method ?? 'GET'} ${url.pathname}`);
    if (url.pathname === '/api/v1/auth/uitlog') return new Response(null, { status: 204 });
    if (!state.signedIn) return json(401, { code: 'niet-ingelogd', status: 401 });
    if (url.pathname === '/api/v1/ik') {
      const helping = state.helps ? { actingFor: { memberId: state.helps, name: 'Samira' }, helping: [{ memberId: state.helps, name: 'Samira', familyId: family }] } : {};
      return json(200, { ...me, kind: state.kind, ...helping }, { date: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    }
    if (url.pathname === '/api/v1/gezinnen') return json(200, [{ id: family, name: 'Gezin Jansen', members: [] }]);
    if (url.pathname === `/api/v1/gezinnen/${family}/synchronisatie`) {
      const answer: SyncResponse = { familyId: family, cursor: 3, day: '2026-11-24', unchanged: false, tombstones: [], records: [{ kind: 'plan', id: 'v1', data: { title: 'Ons plan', items: [{ what: planText }] } }, { kind: 'gezin', id: family, data: { id: family, name: 'Gezin Jansen', members: [] } }] };
      return json(200, answer);
    }
    return json(404, { code: 'niet-gevonden', status: 404 });
  });
  return state;
}

/** The real heavy module, with a low PBKDF2 count so the tests are quick. */
const quickHeavy = { ...heavy, LocalSession: { open: (name: string) => heavy.LocalSession.open(name, { iterations: testIterations }) } } as unknown as typeof heavy;

function controllerWith(options: { online?: boolean; idle?: IdleSeam; signInNote?: SignInNote } = {}) {
  const events: string[] = [];
  let online = options.online ?? true;
  const seams: ControllerSeams = {
    ...browserControllerSeams,
    load: async () => quickHeavy,
    isOnline: () => online,
    onConnectivity: () => () => {},
    wipe: async () => {
      events.push('wipe');
      return wipeLocalData();
    },
    endSession: () => events.push('end-session'),
    idle: options.idle ?? { now: () => 0, setTimer: () => () => {}, onActivity: () => () => {} },
    ...(options.signInNote ? { signInNote: options.signInNote } : {}),
  };
  const controller = new LocalController(seams);
  running.push(controller);
  controller.setNavigate((to, state) => events.push(`navigate ${to}${state ? ` ${JSON.stringify(state)}` : ''}`));
  return { controller, events, goOffline: () => (online = false) };
}

const settled = (controller: LocalController) => vi.waitFor(() => expect(controller.getSnapshot().phase).not.toBe('starting'));

let api: FakeApi;
// The API client's listeners are per page; every test's controllers stop listening when it ends.
const running: LocalController[] = [];
beforeEach(async () => {
  api = fakeApi();
  await wipeLocalData();
});
afterEach(() => {
  for (const controller of running.splice(0)) controller.stop();
  vi.unstubAllGlobals();
  closeAllStores();
});

describe('the app shell controller', () => {
  it('someone signed out without a copy: the screens show, nothing is wiped or loaded, nobody is sent away', async () => {
    api.signedIn = false;
    const { controller, events } = controllerWith();
    await controller.start();
    expect(controller.getSnapshot()).toMatchObject({ phase: 'open', signedIn: false });
    expect(events).toEqual([]);
  });

  it('a member without a copy chooses an app code; easy codes are refused; then the copy is synced and sealed', async () => {
    const { controller } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    expect(await controller.setCode('12345')).toEqual({ ok: false, reason: 'te-makkelijk' });
    expect(await controller.setCode('40719')).toEqual({ ok: true });
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    const { session, lastSyncedAt } = controller.getSnapshot();
    expect(lastSyncedAt).toBeDefined();
    expect(await session!.read(`/gezinnen/${family}/plan`)).toEqual({ title: 'Ons plan', items: [{ what: planText }] });
    expect(await session!.read('/ik')).toMatchObject({ name: 'Samira' });
    expect(api.calls).toContain(`GET /api/v1/gezinnen/${family}/synchronisatie`);
  });

  it("a helper's copy is for one member: when she helps another one next, the copy for the one before is wiped before any screen can show it", async () => {
    api.kind = 'helper';
    api.helps = 'samira';
    const first = controllerWith();
    await first.controller.start();
    await vi.waitFor(() => expect(first.controller.getSnapshot().phase).toBe('set-code'));
    await first.controller.setCode('40719');
    await vi.waitFor(() => expect(first.controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    first.controller.stop();
    closeAllStores();

    // The same member again: her copy stays and asks for the app code.
    const again = controllerWith();
    await again.controller.start();
    await settled(again.controller);
    expect(again.controller.getSnapshot().phase).toBe('locked');
    expect(again.events).not.toContain('wipe');
    again.controller.stop();
    closeAllStores();

    // Samira's help ended and Ria now helps Henk: Samira's copy goes, and a new one is made for Henk.
    api.helps = 'henk';
    const next = controllerWith();
    await next.controller.start();
    await vi.waitFor(() => expect(next.controller.getSnapshot().phase).toBe('set-code'));
    expect(next.events).toContain('wipe');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('a professional keeps no copy and is not asked for a code', async () => {
    api.kind = 'professional';
    const { controller } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().signedIn).toBe(true));
    expect(controller.getSnapshot().phase).toBe('open');
  });

  it('with a copy and no network the code screen comes at once; five wrong codes wipe everything', async () => {
    const first = controllerWith();
    await first.controller.start();
    await vi.waitFor(() => expect(first.controller.getSnapshot().phase).toBe('set-code'));
    await first.controller.setCode('40719');
    closeAllStores();

    const { controller, events } = controllerWith({ online: false });
    await controller.start();
    await settled(controller);
    expect(controller.getSnapshot().phase).toBe('locked');
    for (const left of [4, 3, 2, 1]) expect(await controller.enterCode('98031')).toEqual({ ok: false, reason: 'verkeerde-code', attemptsLeft: left });
    expect(await controller.enterCode('98031')).toEqual({ ok: false, reason: 'gewist' });
    expect(controller.getSnapshot()).toMatchObject({ phase: 'open', wipedAfterWrongCodes: true });
    expect(events).toContain('wipe');
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('the right code opens the copy without a network, and reads come from the phone', async () => {
    const first = controllerWith();
    await first.controller.start();
    await vi.waitFor(() => expect(first.controller.getSnapshot().phase).toBe('set-code'));
    await first.controller.setCode('40719');
    await vi.waitFor(() => expect(first.controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    closeAllStores();

    const { controller } = controllerWith({ online: false });
    await controller.start();
    await settled(controller);
    expect(await controller.enterCode('40719')).toEqual({ ok: true });
    expect(await controller.getSnapshot().session!.read(`/gezinnen/${family}/plan`)).toMatchObject({ title: 'Ons plan' });
  });

  it('a session the server ended: away from the screens first, then everything wiped', async () => {
    const { controller, events } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.setCode('40719');
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    await controller.sessionEnded('niet-ingelogd');
    expect(events.slice(0, 2)).toEqual(['navigate /inloggen {"problem":"niet-ingelogd"}', 'wipe']);
    expect(controller.getSnapshot()).toMatchObject({ phase: 'open', signedIn: false, session: undefined });
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('a session ended with writes still waiting: the sign-in screen hears how many went with the wipe', async () => {
    const { controller, events, goOffline } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.setCode('40719');
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    goOffline();
    const session = controller.getSnapshot().session!;
    for (const body of ['Kan het op dinsdag?', 'Of op woensdag?']) {
      const clientId = crypto.randomUUID();
      await session.enqueue({ method: 'POST', url: `/gezinnen/${family}/reacties`, clientId, body: { clientId, body }, what: 'reactie' });
    }
    await vi.waitFor(() => expect(controller.getSnapshot().pending).toHaveLength(2));
    await controller.sessionEnded('niet-ingelogd');
    expect(events.slice(0, 2)).toEqual(['navigate /inloggen {"problem":"niet-ingelogd","unsent":2,"unsentWhat":["reactie","reactie"]}', 'wipe']);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('a session ended while the copy is still locked behind the app code: the writes waiting are counted before the wipe', async () => {
    // A copy on the phone with a comment written offline (made directly: one controller per page).
    const { store, vault } = await unlockedStore();
    const clientId = crypto.randomUUID();
    await new Outbox(store, vault).enqueue({ method: 'POST', url: `/gezinnen/${family}/reacties`, clientId, body: { clientId, body: 'Zonder internet.' }, what: 'reactie' });
    closeAllStores();

    // The app opens again later; the server ended the session meanwhile (30 minutes idle).
    api.signedIn = false;
    const { controller, events } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(events).toContain('wipe'));
    expect(events.slice(0, 2)).toEqual(['navigate /inloggen {"problem":"niet-ingelogd","unsent":1,"unsentWhat":[]}', 'wipe']);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('sign-out: the signed-out page first, then the phone is wiped and the server session ended', async () => {
    const { controller, events } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.setCode('40719');
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    await controller.signOut();
    expect(events).toEqual(['navigate /uitgelogd', 'wipe', 'end-session']);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('30 minutes without use: sign-in with "te lang weg", the copy wiped, the server session ended', async () => {
    let fire: (() => void) | undefined;
    let now = 0;
    const idle: IdleSeam = { now: () => now, setTimer: (run) => ((fire = run), () => {}), onActivity: () => () => {} };
    const { controller, events } = controllerWith({ idle });
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.setCode('40719');
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    now = 30 * 60_000;
    fire!();
    await vi.waitFor(async () => expect(await indexedDB.databases()).toEqual([]));
    expect(events).toEqual(['end-session', 'navigate /inloggen {"problem":"sessie-verlopen"}', 'wipe']);
  });

  it('the first reason for an end wins: a screen\'s late 401 after the idle timeout does not change "te lang weg"', async () => {
    let fire: (() => void) | undefined;
    let now = 0;
    const idle: IdleSeam = { now: () => now, setTimer: (run) => ((fire = run), () => {}), onActivity: () => () => {} };
    const { controller, events } = controllerWith({ idle });
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.setCode('40719');
    await vi.waitFor(() => expect(controller.getSnapshot().dataVersion).toBeGreaterThan(0));
    expect(controller.sessionEndHandled).toBe(false);
    now = 30 * 60_000;
    fire!();
    expect(controller.sessionEndHandled).toBe(true);
    await controller.sessionEnded('niet-ingelogd');
    await vi.waitFor(async () => expect(await indexedDB.databases()).toEqual([]));
    expect(events.filter((event) => event.startsWith('navigate'))).toEqual(['navigate /inloggen {"problem":"sessie-verlopen"}']);
  });

  it('after a new sign-in, an end is handled again', async () => {
    const { controller, events } = controllerWith();
    await controller.start();
    await vi.waitFor(() => expect(controller.getSnapshot().phase).toBe('set-code'));
    await controller.sessionEnded('niet-ingelogd');
    await controller.afterSignIn(undefined);
    expect(controller.sessionEndHandled).toBe(false);
    await controller.sessionEnded('sessie-verlopen');
    expect(events.filter((event) => event.startsWith('navigate'))).toEqual(['navigate /inloggen {"problem":"niet-ingelogd"}', 'navigate /inloggen {"problem":"sessie-verlopen"}']);
  });
});

describe('asking "who am I" at the start', () => {
  const asksWhoAmI = () => api.calls.filter((call) => call === 'GET /api/v1/ik').length;

  it('a first visitor (no copy, no sign-in noted on this browser): nothing is asked, so no refusal is logged', async () => {
    api.signedIn = false;
    const { controller } = controllerWith({ signInNote: storageSignInNote(() => new MemoryStorage()) });
    await controller.start();
    expect(controller.getSnapshot()).toMatchObject({ phase: 'open', signedIn: false });
    expect(api.calls).toEqual([]);
  });

  it('a sign-in is noted, so the next start asks; a session that ended meanwhile is forgotten, and the start after asks nothing', async () => {
    const storage = new MemoryStorage();
    api.kind = 'professional';
    const signingIn = controllerWith({ signInNote: storageSignInNote(() => storage) });
    await signingIn.controller.afterSignIn(undefined);
    signingIn.controller.stop();

    const next = controllerWith({ signInNote: storageSignInNote(() => storage) });
    await next.controller.start();
    await vi.waitFor(() => expect(next.controller.getSnapshot().signedIn).toBe(true));
    next.controller.stop();
    expect(asksWhoAmI()).toBe(2);

    api.signedIn = false;
    const ended = controllerWith({ signInNote: storageSignInNote(() => storage) });
    await ended.controller.start();
    expect(asksWhoAmI()).toBe(3);
    ended.controller.stop();

    const after = controllerWith({ signInNote: storageSignInNote(() => storage) });
    await after.controller.start();
    expect(asksWhoAmI()).toBe(3);
    expect(after.controller.getSnapshot()).toMatchObject({ phase: 'open', signedIn: false });
  });

  it('with a copy on the phone it asks even without a note: a session the server ended must wipe the copy (F1)', async () => {
    const first = controllerWith();
    await first.controller.start();
    await vi.waitFor(() => expect(first.controller.getSnapshot().phase).toBe('set-code'));
    await first.controller.setCode('40719');
    first.controller.stop();

    api.signedIn = false;
    const later = controllerWith({ signInNote: storageSignInNote(() => new MemoryStorage()) });
    await later.controller.start();
    await vi.waitFor(async () => expect(await indexedDB.databases()).toEqual([]));
    expect(asksWhoAmI()).toBeGreaterThan(0);
  });

  it('every wipe takes the note along: after a sign-out or Snel weg this browser asks nothing again', async () => {
    const storage = new MemoryStorage();
    const note = storageSignInNote(() => storage);
    note.noteSignIn();
    expect(note.mayBeSignedIn()).toBe(true);
    await wipeLocalData({ storages: [storage] });
    expect(note.mayBeSignedIn()).toBe(false);
  });

  it('a browser that keeps nothing cannot know, so it asks', () => {
    expect(storageSignInNote(() => undefined).mayBeSignedIn()).toBe(true);
    const refusing = storageSignInNote(() => {
      throw new Error('SecurityError');
    });
    expect(refusing.mayBeSignedIn()).toBe(true);
  });
});
