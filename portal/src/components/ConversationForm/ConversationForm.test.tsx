import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { onFamilyPage, onMemberPage } from './ConversationForm.examples.ts';
import { ConversationForm } from './ConversationForm.tsx';

const render = (props: typeof onFamilyPage) => renderToStaticMarkup(<ConversationForm {...props} onSend={async () => ({ ok: true })} />);

describe('ConversationForm', () => {
  it('on the family page she chooses whom to write to: named members (the default), all adults or the whole family', () => {
    const html = render(onFamilyPage);
    expect(html).toContain('<legend class="onsplan-field__label">Aan wie</legend>');
    for (const label of ['Gekozen gezinsleden', 'Alle volwassenen', 'Het hele gezin']) expect(html).toContain(`>${label}</label>`);
    expect(html).toMatch(/<input type="radio" id="gesprek-aan-leden"[^>]*checked=""/);
    // Each member is a labelled checkbox.
    expect(html).toContain('<input type="checkbox" id="gesprek-leden-0"/><label for="gesprek-leden-0">Samira El Amrani</label>');
    expect(html).toContain('<input type="checkbox" id="gesprek-leden-2"/><label for="gesprek-leden-2">Noor Jansen</label>');
  });

  it("on a member's page it writes to that member only: no audience to choose", () => {
    const html = render(onMemberPage);
    expect(html).not.toContain('Aan wie');
    expect(html).not.toContain('type="checkbox"');
    expect(html).toContain('Schrijf als eerste aan Samira El Amrani.');
  });

  it('offers the plan as a whole first, then each item, and a labelled message field with its hint', () => {
    const html = render(onFamilyPage);
    expect(html.indexOf('Het plan als geheel')).toBeLessThan(html.indexOf('Samen praten over de kinderen'));
    expect(html).toContain('<label class="onsplan-field__label" for="gesprek-bericht">Bericht</label>');
    expect(html).toMatch(/<textarea[^>]*id="gesprek-bericht"[^>]*aria-describedby="gesprek-bericht-hint"/);
    expect(html).toContain('<h2 id="gesprek-titel">Gesprek beginnen</h2>');
  });
});
