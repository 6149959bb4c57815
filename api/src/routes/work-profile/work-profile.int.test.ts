import type { FamilyContactList } from '@onsplan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/** Issue 10, "Contact": a professional's work phone and hours are her profile; members of her families see them. */
let t: TestApp;
let fatima: Agent;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!.id;

beforeAll(async () => {
  t = await testApp();
  fatima = await t.as('fatima');
}, 120_000);
afterAll(async () => t.close());

describe('work profile and contact', () => {
  it('Fatima sets her work phone and hours; Samira sees them under the family’s professionals', async () => {
    // The demo seeds a work phone and hours, so the tel: links show from `npm start`.
    expect((await fatima.get('/api/v1/ik/werkprofiel')).json()).toEqual({ workPhone: '030 555 01 31', workHours: 'Maandag tot en met donderdag, 9 tot 17 uur' });
    const saved = await fatima.request({ method: 'PUT', url: '/api/v1/ik/werkprofiel', payload: { workPhone: ' 030 123 45 67 ', workHours: 'Ma, di en do 9-17 uur' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ workPhone: '030 123 45 67', workHours: 'Ma, di en do 9-17 uur' });
    const samira = await t.as('samira');
    const contacts = (await samira.get(`/api/v1/gezinnen/${jansen()}/hulpverleners`)).json() as FamilyContactList;
    expect(contacts.professionals).toContainEqual({ name: 'Fatima Yılmaz', jobTitle: 'Regisseur', organisation: 'Lokaal team Utrecht-Oost', workPhone: '030 123 45 67', workHours: 'Ma, di en do 9-17 uur' });
    expect(contacts.professionals.map((p) => p.name)).not.toContain('Karim Benali');
  });

  it('a phone number that no phone can dial is refused at its field; a member has no work profile', async () => {
    const bad = await fatima.request({ method: 'PUT', url: '/api/v1/ik/werkprofiel', payload: { workPhone: 'bel mij', workHours: null } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'ongeldige-invoer', fields: ['workPhone'] });
    const samira = await t.as('samira');
    expect((await samira.request({ method: 'PUT', url: '/api/v1/ik/werkprofiel', payload: { workPhone: '0612345678', workHours: null } })).statusCode).toBe(403);
  });
});
