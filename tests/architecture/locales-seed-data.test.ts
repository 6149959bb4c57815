import { demoCanaries, demoWorld } from '@onsplan/shared/demo';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Texts of the portal are shown to everyone, so an example in them must belong to nobody in the
 * demo. "Bijvoorbeeld 3514 BK." was the postcode of Samira's afgeschermde address: every member,
 * Mark too, read part of it under the postcode field.
 */
const locales = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'].map((lang) => ({ lang, text: readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8') }));
const world = demoWorld('2026-11-24');
const postcodes = world.families.flatMap((f) => f.fields.flatMap((field) => [...field.value.matchAll(/\b(\d{4}) ?([A-Z]{2})\b/g)].map((m) => `${m[1]} ${m[2]}`)));
const streets = world.families.flatMap((f) => f.fields.map((field) => field.value.split(',')[0]!));

describe('examples in the portal texts', () => {
  it('finds the seeded addresses to compare with', () => {
    expect(postcodes).toContain('3514 BK');
    expect(streets).toContain('Lindelaan 12');
  });

  it.each(locales.map((l) => [l.lang, l.text]))('%s.json names no postcode, street or canary of the demo', (_lang, text) => {
    const flat = text.replace(/(\d{4})\s*([A-Z]{2})/g, '$1 $2');
    for (const secret of [...postcodes, ...streets, ...Object.values(demoCanaries).map((c) => c.text)]) expect(flat).not.toContain(secret);
  });
});
