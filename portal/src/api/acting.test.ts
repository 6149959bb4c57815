import { afterEach, describe, expect, it } from 'vitest';
import { api, chooseMember, chosenMember, endServerSession, type Transport } from './client.ts';

/** A server that answers 200 (204 for sign-out) and keeps the headers of every request. */
function recording() {
  const seen: { url: string; headers: Record<string, string> }[] = [];
  const transport: Transport = {
    fetch: async (url, init) => {
      seen.push({ url: String(url), headers: { ...(init?.headers as Record<string, string>) } });
      return String(url).endsWith('/uitlog') ? new Response(null, { status: 204 }) : new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  };
  return { seen, transport };
}

const samira = '00000000-0000-4000-8000-000000000011';

afterEach(() => chooseMember(undefined));

describe('whom a helper acts for, on every request', () => {
  it('without a choice no request names anyone; after one, every request names that member', async () => {
    const { seen, transport } = recording();
    await api('/ik', {}, transport);
    chooseMember(samira);
    await api('/gezinnen/x/plan', {}, transport);
    await api('/gezinnen/x/reacties', { method: 'POST', body: {} }, transport);
    expect(seen.map((s) => s.headers['ons-plan-als'])).toEqual([undefined, `namens:${samira}`, `namens:${samira}`]);
  });

  it('ending the session forgets the choice: the next person on this phone starts without one', async () => {
    const { transport } = recording();
    chooseMember(samira);
    expect(await endServerSession(transport, undefined)).toBe(true);
    expect(chosenMember()).toBeUndefined();
  });
});
