import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fatimaAndJeroen, words } from './HelperContacts.examples.ts';
import { HelperContacts, telHref } from './HelperContacts.tsx';

describe('HelperContacts', () => {
  const html = renderToStaticMarkup(<HelperContacts professionals={fatimaAndJeroen} words={words} />);
  const calls = [...html.matchAll(/<a class="nl-link" href="(tel:[^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);

  it('makes each work phone, 112 and Veilig Thuis a link that calls', () => {
    expect(calls).toEqual([
      ['tel:0301234567', 'Bel Fatima: 030 123 45 67'],
      ['tel:112', 'Bel 112'],
      ['tel:08002000', 'Bel Veilig Thuis: 0800-2000'],
    ]);
  });

  it('says so when a professional has no phone number, and shows hours when there are', () => {
    expect(html).toContain('Geen telefoonnummer bekend.');
    expect(html).toContain('Ma, di en do 9-17 uur');
  });

  it('dials digits and a leading plus only', () => {
    expect(telHref('+31 (0)30-123 45 67')).toBe('tel:+310301234567');
  });
});
