import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { missing, shield } from './MemberCheckboxes.examples.ts';
import { MemberCheckboxes } from './MemberCheckboxes.tsx';

describe('MemberCheckboxes', () => {
  it('labels each member and checks the chosen ones, with the hint tied to the fieldset', () => {
    const html = renderToStaticMarkup(<MemberCheckboxes {...shield} />);
    expect(html).toContain('aria-describedby="schild-hint"');
    expect(html).toMatch(/id="schild-m1" checked=""/);
    expect(html).not.toMatch(/id="schild-m2" checked/);
    expect(html).toContain('<label class="onsplan-choice__label" for="schild-m2">Noor</label>');
  });

  it('marks the fieldset invalid and names the error', () => {
    const html = renderToStaticMarkup(<MemberCheckboxes {...missing} />);
    expect(html).toContain('class="onsplan-field onsplan-choice onsplan-choice--nested onsplan-field--invalid" aria-describedby="leden-error"');
    expect(html).toContain('<p class="onsplan-field__error" id="leden-error">Kies wie het mag zien.</p>');
  });
});
