import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceName } from '../../auth/session-list.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

describe(`my sessions and passkeys on ${testEngine()} (REQUIREMENTS C2)`, () => {
  it('lists my live sessions; ending the other one signs that device out at once', async () => {
    const phone = await t.as('samira');
    const laptop = await t.as('samira');
    const list = (await phone.get('/api/me/sessions')).json() as { id: string; isCurrent: boolean }[];
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.isCurrent)).toHaveLength(1);
    const other = list.find((s) => !s.isCurrent)!;
    expect(other.id).toMatch(/^[0-9a-f]{16}$/);
    expect((await phone.request({ method: 'DELETE', url: `/api/me/sessions/${other.id}` })).statusCode).toBe(204);
    expect((await laptop.get('/api/me')).statusCode).toBe(401);
    expect((await phone.get('/api/me')).statusCode).toBe(200);
  });

  it("someone else's session handle is not found, and nothing ends", async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    const [markSession] = (await mark.get('/api/me/sessions')).json() as { id: string }[];
    expect((await samira.request({ method: 'DELETE', url: `/api/me/sessions/${markSession!.id}` })).statusCode).toBe(404);
    expect((await mark.get('/api/me')).statusCode).toBe(200);
  });

  it('ending my current session signs me out', async () => {
    const samira = await t.as('samira');
    const [mine] = (await samira.get('/api/me/sessions')).json() as { id: string }[];
    expect((await samira.request({ method: 'DELETE', url: `/api/me/sessions/${mine!.id}` })).statusCode).toBe(204);
    expect((await samira.get('/api/me')).statusCode).toBe(401);
  });

  it('revokes a passkey, but never the last one', async () => {
    const phone = await t.as('samira');
    await t.as('samira');
    const keys = (await phone.get('/api/me/passkeys')).json() as { id: string }[];
    expect(keys).toHaveLength(2);
    const revoke = (id: string) => phone.request({ method: 'DELETE', url: `/api/me/passkeys/${encodeURIComponent(id)}` });
    expect((await revoke(keys[0]!.id)).statusCode).toBe(204);
    const last = await revoke(keys[1]!.id);
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('laatste-inlogsleutel');
    expect((await phone.get('/api/me/passkeys')).json()).toHaveLength(1);
    expect((await revoke('onbekend')).statusCode).toBe(404);
  });

  it.each([
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36', 'Chrome op Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1', 'Safari op iPhone of iPad'],
    [null, 'Onbekend apparaat'],
  ])('names the device of %s', (ua, name) => expect(deviceName(ua)).toBe(name));
});
