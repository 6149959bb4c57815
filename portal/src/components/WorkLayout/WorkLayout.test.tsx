import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { withFamilies, withoutFamilies } from './WorkLayout.examples.ts';
import { WorkLayout } from './WorkLayout.tsx';

const render = (props: typeof withFamilies) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <WorkLayout {...props} onSignOut={() => {}}>
        <p>inhoud</p>
      </WorkLayout>
    </MemoryRouter>,
  );

describe('WorkLayout', () => {
  it('names the professional with job and organisation, and marks the current page for screen readers', () => {
    const html = render(withFamilies);
    expect(html).toContain('<strong>Fatima Yılmaz</strong>');
    expect(html).toContain('Regisseur, Lokaal team Utrecht-Oost');
    const current = [...html.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(current).toEqual(['Vandaag']);
  });

  it('lists her families in a labelled navigation, with one h1 and a skip link to the content', () => {
    const html = render(withFamilies);
    expect(html).toContain('<nav class="onsplan-work__nav" aria-label="Werkplek">');
    expect(html).toContain('Gezin Jansen');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('href="#inhoud"');
    expect(html).toContain('id="inhoud"');
  });

  it('says so when no family is assigned, and leaves out a job line she does not have', () => {
    const html = render(withoutFamilies);
    expect(html).toContain('Er zijn nog geen gezinnen aan u toegewezen.');
    expect(html).not.toContain('onsplan-work__person-meta');
  });

  it('has no Snel weg: that is for members and helpers', () => {
    expect(render(withFamilies)).not.toContain('quick-exit');
  });
});
