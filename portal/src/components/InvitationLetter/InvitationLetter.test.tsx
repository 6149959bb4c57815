import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { forAnna } from './InvitationLetter.examples.ts';
import { InvitationLetter } from './InvitationLetter.tsx';

describe('InvitationLetter', () => {
  const html = renderToStaticMarkup(<InvitationLetter {...forAnna} />);
  const text = html.replace(/<[^>]+>/g, '\n').split('\n').map((s) => s.trim()).filter(Boolean);

  it('says what Ons Plan is, where to go, the code, until when it works and whom to call, in that order', () => {
    const order = ['Ons Plan is een website', 'https://onsplan.example', 'K7PM-4XQ2-HT9R', 'De code werkt tot', 'Bel Fatima'];
    const at = order.map((part) => text.findIndex((line) => line.includes(part)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('is one labelled article, so a screen reader names it as the letter', () => {
    expect(html).toMatch(/^<article class="onsplan-letter" aria-labelledby="brief-titel">/);
    expect(html).toContain('<h2 id="brief-titel"');
  });
});
