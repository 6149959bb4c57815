import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { answered, forAChild, open, withdrawn } from './ConsentRequestCard.examples.ts';
import { ConsentRequestCard } from './ConsentRequestCard.tsx';

const render = (props: typeof open) => renderToStaticMarkup(<ul><ConsentRequestCard {...props} onAnswer={() => {}} /></ul>);
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('ConsentRequestCard', () => {
  it('says who asks, with whom, why, which data and until when, with two plain answers', () => {
    const html = render(open);
    for (const text of ['Fatima vraagt uw toestemming', 'Huisartsenpraktijk De Linde', 'Zodat de huisarts', 'het gezinsplan, uw adres en telefoonnummer', '30 juni 2027', 'Bel mij gerust']) {
      expect(html).toContain(text);
    }
    expect(buttons(html)).toEqual(['Ja, dat mag', 'Nee']);
  });

  it('names the card by its title, and every button of type button says which question it answers', () => {
    const html = render(open);
    expect(html).toContain('aria-labelledby="vraag-a"');
    expect(html).toContain('<h3 class="onsplan-card__title" id="vraag-a">');
    expect(html.match(/type="button"/g)).toHaveLength(2);
    expect(html.match(/aria-describedby="vraag-a"/g)).toHaveLength(2);
  });

  it("says whose data it is for a child's data, and leaves out an absent note", () => {
    const html = render(forAChild);
    expect(html).toContain('Het gaat over de gegevens van Daan.');
    expect(html).not.toContain('Fatima schrijft');
  });

  it('offers no buttons once answered or withdrawn, and says why', () => {
    expect(buttons(render(answered))).toEqual([]);
    expect(render(answered)).toContain('U zei: ja, dat mag.');
    expect(buttons(render(withdrawn))).toEqual([]);
    expect(render(withdrawn)).toContain('U hoeft niets te doen.');
  });

  it('while sending, both buttons say to wait', () => {
    expect(buttons(render({ ...open, busy: true }))).toEqual(['Even geduld…', 'Even geduld…']);
  });
});
