import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../format.ts';
import { setUpI18n, switchLanguage } from '../../i18n.ts';
import { DutchBeside } from './DutchBeside.tsx';

beforeAll(async () => {
  await setUpI18n();
});
afterEach(async () => {
  await i18next.changeLanguage('nl');
});

const decision = <DutchBeside k="correction.decided.afgewezen" options={(lng) => ({ date: formatDate('2026-11-24', lng) })} />;

describe('DutchBeside', () => {
  it('shows only the text on a Dutch screen', () => {
    expect(renderToStaticMarkup(decision)).toBe('Besluit van 24 november 2026: uw verzoek is afgewezen.');
  });

  it('puts the Dutch text, marked as Dutch and left to right, beside the translation, its date in Dutch too', async () => {
    await switchLanguage('ar');
    expect(renderToStaticMarkup(decision)).toBe(
      'قرار بتاريخ 24 نوفمبر 2026: رُفض طلبك.' +
        '<span class="onsplan-dutch-beside" lang="nl" dir="ltr"><span class="onsplan-dutch-beside__label">Nederlands: </span>Besluit van 24 november 2026: uw verzoek is afgewezen.</span>',
    );
  });

  it('does so for the rights after a refusal in every translation', async () => {
    for (const lng of ['en', 'tr', 'pl', 'uk'] as const) {
      await switchLanguage(lng);
      const html = renderToStaticMarkup(<DutchBeside k="correction.refusal.court" />);
      expect(html, lng).toMatch(/^[^<]+<span class="onsplan-dutch-beside" lang="nl" dir="ltr">.*U kunt ook naar de rechter gaan\.<\/span>$/);
      expect(html.startsWith('U kunt'), lng).toBe(false);
    }
  });
});
