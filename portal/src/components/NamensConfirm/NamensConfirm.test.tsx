import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n } from '../../i18n.ts';
import { ActingContext } from '../../family/acting-context.ts';
import { HelperBanner } from '../HelperBanner/HelperBanner.tsx';
import { NamensQuestion } from './NamensConfirm.tsx';

beforeAll(async () => {
  await setUpI18n();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('NamensQuestion', () => {
  it('names the member twice, as the step the helper takes and what the member will see, with "Ja, verstuur" and "Terug"', () => {
    const html = renderToStaticMarkup(<NamensQuestion name="Samira" onYes={() => {}} onBack={() => {}} />);
    expect(text(html)).toBe('U doet dit namens Samira. Samira ziet dit. Ja, verstuur Terug');
    // The dialog is labelled and described by these ids.
    expect(html).toContain('id="namens-vraag"');
    expect(html).toContain('id="namens-uitleg"');
    expect(html.match(/type="button"/g)).toHaveLength(2);
  });
});

describe('HelperBanner', () => {
  const banner = (acting: { memberId: string; name: string; canSwitch: boolean } | undefined) =>
    renderToStaticMarkup(
      <MemoryRouter>
        <ActingContext.Provider value={acting}>
          <HelperBanner />
        </ActingContext.Provider>
      </MemoryRouter>,
    );

  it('says whom she helps, as a named region; "Wisselen" only for a helper of several people', () => {
    const one = banner({ memberId: 'm', name: 'Samira', canSwitch: false });
    expect(text(one)).toBe('U helpt Samira');
    expect(one).toContain('role="region"');
    expect(one).toContain('aria-label="Voor wie u helpt"');
    const several = banner({ memberId: 'm', name: 'Samira', canSwitch: true });
    expect(text(several)).toBe('U helpt Samira Wisselen');
    expect(several).toContain('href="/helpen"');
  });

  it('is absent for a member acting as herself', () => {
    expect(banner(undefined)).toBe('');
  });
});
