import { quickExitPath } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json' with { type: 'json' };
import { startPageMarkup } from './start-page.tsx';

const markup = await startPageMarkup();
const order = (...texts: string[]) => texts.map((text) => markup.indexOf(text));

describe('the prerendered start page', () => {
  it('is the Dutch start page, with its heading and both ways in', () => {
    expect(markup).toContain(`>${nl.welcome.title}</h1>`);
    expect(markup).toContain(nl.welcome.intro);
    expect(markup).toContain('href="/uitnodiging"');
    expect(markup).toContain('href="/inloggen"');
  });

  // "Lees deze pagina voor" too: a phone with a voice shows it, and a control appearing later would move the page down.
  it('keeps the order of every screen: Snel weg first, the skip link, the heading, read aloud', () => {
    const positions = order(nl.quickExit.button, nl.app.skipToContent, nl.welcome.title, nl.readPage.start);
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  // Snel weg must leave from the first paint, before the script has run (issue 12): a link to the server's way out.
  it('draws Snel weg as a link to the way out, with the role and look of the button', () => {
    const [link] = markup.match(new RegExp(`<a [^>]*>${nl.quickExit.button}</a>`)) ?? [];
    expect(link).toContain(`href="${quickExitPath}"`);
    expect(link).toContain('role="button"');
    expect(link).toContain('nl-button--negative');
  });
});
