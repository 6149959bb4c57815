import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { samira, sideBySide, words } from './ScoreHistory.examples.ts';
import { ScoreHistory } from './ScoreHistory.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('ScoreHistory', () => {
  it('names the chart by its title and summary, for who cannot see the line', () => {
    const html = renderToStaticMarkup(<ScoreHistory series={samira} words={words} />);
    const [, labelledBy] = /<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/.exec(html)!;
    const [titleId, descId] = labelledBy!.split(' ');
    expect(html).toContain(`<title id="${titleId}">Uw cijfers voor dit doel</title>`);
    expect(html).toContain(`<desc id="${descId}">Eerst een 3, nu een 6.</desc>`);
  });

  it('gives every score in a table too, oldest first, with what was written', () => {
    const html = renderToStaticMarkup(<ScoreHistory series={samira} words={words} />);
    expect(text(html)).toContain('|Uw cijfers als tabel|Datum|Cijfer|Wat u erbij schreef|2026-11-10|3|Ik slaap slecht.|2026-11-24|6|');
    // One person: no column saying who.
    expect(html).not.toContain('>Wie<');
  });

  it('puts the 10 at the top and the 0 at the bottom', () => {
    const html = renderToStaticMarkup(<ScoreHistory series={samira} words={words} />);
    const points = /<polyline[^>]*points="([^"]+)"/.exec(html)![1]!.split(' ').map((p) => Number(p.split(',')[1]));
    expect(points[0]).toBeGreaterThan(points[1]!);
  });

  it('shows several people side by side, each with its own mark shape and a column saying who', () => {
    const html = renderToStaticMarkup(<ScoreHistory series={sideBySide} words={words} />);
    expect(text(html)).toContain('|2026-11-10|Samira|3|Ik slaap slecht.|2026-11-17|Daan|7|2026-11-24|Samira|6|');
    expect(html).toContain('<circle');
    expect(html).toContain('<rect');
  });
});
