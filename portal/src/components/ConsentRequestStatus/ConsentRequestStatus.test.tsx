import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { empty, open, settled } from './ConsentRequestStatus.examples.ts';
import { ConsentRequestStatus } from './ConsentRequestStatus.tsx';

const render = (props: typeof open, busyId?: string) => renderToStaticMarkup(<ConsentRequestStatus {...props} {...(busyId ? { busyId } : {})} onWithdraw={() => {}} />);
const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]*)</g)].map((m) => m[1]);

describe('ConsentRequestStatus', () => {
  it('shows each question with its state, who asked, and every answer', () => {
    const html = render(open);
    for (const text of ['Jeugdarts GGD', 'Wacht op antwoord', 'Gevraagd door Fatima', 'gezinsplan, gespreksverslagen', '30 juni 2027', 'Samira: ja', 'Mark: nog geen antwoord']) expect(html).toContain(text);
  });

  it('offers withdrawing only while a question is open, naming the question it withdraws', () => {
    expect(buttons(render(open))).toEqual(['Vraag intrekken']);
    expect(render(open)).toContain('aria-describedby="vraag-stand-a"');
    expect(buttons(render(settled))).toEqual([]);
    expect(buttons(render(open, 'a'))).toEqual(['Bezig…']);
  });

  it('marks given and refused apart, and says so when nothing was asked', () => {
    const html = render(settled);
    expect(html).toContain('onsplan-badge onsplan-badge--ok');
    expect(html).toContain('onsplan-badge onsplan-badge--warning');
    expect(render(empty)).toContain('Nog geen toestemming gevraagd.');
    expect(render(empty)).not.toContain('<ul');
  });
});
