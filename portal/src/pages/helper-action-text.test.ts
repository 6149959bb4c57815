import { helperActionKinds, type HelperActionView } from '@onsplan/shared';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { helperWords } from '../family/acting-context.ts';
import { setUpI18n } from '../i18n.ts';
import { helperActionText } from './helper-action-text.ts';

beforeAll(async () => {
  await setUpI18n();
});

const action = (what: HelperActionView['what'], verb: HelperActionView['verb'] = 'aanmaken'): HelperActionView => ({ id: '1', at: '2026-11-24T10:00:00Z', verb, what, helper: { name: 'Ria' } });

describe('"Wat Ria voor u deed": one line per thing', () => {
  it('says who did it for whom, never "U"', () => {
    expect(helperActionText(action('reactie'), 'Samira', i18next.t)).toBe('Ria namens Samira schreef een reactie.');
    expect(helperActionText(action('document', 'verwijderen'), 'Samira', i18next.t)).toBe('Ria namens Samira haalde een document weg.');
    expect(helperActionText(action('anders'), 'Samira', i18next.t)).toBe('Ria namens Samira deed iets.');
  });

  it('has words for every kind the API names, in Dutch and English', async () => {
    for (const language of ['nl', 'en']) {
      await i18next.changeLanguage(language);
      for (const what of helperActionKinds) {
        const line = helperActionText(action(what), 'Samira', i18next.t);
        expect(line, `${language} ${what}`).not.toContain('helperActions.');
      }
    }
    await i18next.changeLanguage('nl');
  });
});

describe('texts for a helper (context "helper")', () => {
  it('address the helper about the member, and the member as "u"', () => {
    expect(i18next.t('helperActions.title', { context: 'helper', name: 'Samira' })).toBe('Wat helpers voor Samira deden');
    expect(i18next.t('helperActions.title')).toBe('Wat uw helper voor u deed');
    expect(i18next.t('helperActions.title', { context: 'named', helper: 'Ria' })).toBe('Wat Ria voor u deed');
  });

  it('the screens the issue names speak about Samira to Ria, and to Samira as "u"', () => {
    const ria = helperWords({ memberId: 'm', name: 'Samira', canSwitch: false });
    const samira = helperWords(undefined);
    const both = (key: string, extra: Record<string, unknown> = {}) => [i18next.t(key, { ...ria, ...extra }), i18next.t(key, { ...samira, ...extra })];
    expect(both('instemming.yours')).toEqual(['Het antwoord van Samira', 'Uw antwoord']);
    expect(both('instemming.forChild', { name: 'Mila' })).toEqual(['Het antwoord voor Mila van Samira', 'Uw antwoord voor Mila']);
    expect(both('instemming.answer')).toEqual(['Het antwoord van Samira', 'Uw antwoord']);
    expect(i18next.t('toestemming.whoDecides', { count: 1, names: i18next.t('toestemming.you', ria) })).toBe('Hierover beslist: Samira.');
    expect(i18next.t('toestemming.whoDecides', { count: 1, names: i18next.t('toestemming.you', samira) })).toBe('Hierover beslist: u zelf.');
    expect(i18next.t('toestemming.whoDecides', { count: 2, names: 'Samira, Mark' })).toBe('Hierover beslissen: Samira, Mark.');
    expect(both('comments.label')).toEqual(['Reactie namens Samira', 'Uw reactie']);
    // A text without a helper variant is the member's text: only where it differs is there a _helper key.
    expect(i18next.t('instemming.notToestemming', ria)).toBe(i18next.t('instemming.notToestemming'));
  });
});
