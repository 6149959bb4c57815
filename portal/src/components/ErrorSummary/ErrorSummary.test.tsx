import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { noErrors, twoErrors } from './ErrorSummary.examples.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

describe('ErrorSummary', () => {
  it('lists each error as a link to its field, under a heading that names the alert', () => {
    const html = renderToStaticMarkup(<ErrorSummary {...twoErrors} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-labelledby="foutoverzicht-titel"');
    expect([...html.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['voornaam', 'Vul de voornaam in.'],
      ['geboortedatum', 'De geboortedatum ligt in de toekomst.'],
    ]);
  });

  it('draws nothing without errors, so no empty alert is announced', () => {
    expect(renderToStaticMarkup(<ErrorSummary {...noErrors} />)).toBe('');
  });
});
