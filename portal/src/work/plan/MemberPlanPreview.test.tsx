import type { PlanItemView, PlanView } from '@onsplan/shared';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n } from '../../i18n.ts';
import { MemberPlanPreview } from './MemberPlanPreview.tsx';

beforeAll(async () => {
  await setUpI18n();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

const item = (readers: PlanItemView['readers']): PlanItemView => ({
  id: 'i1', key: 'k1', section: 'veiligheid', kind: 'afspraak', position: 0, what: 'Noor mag Fatima altijd bellen.', who: 'Noor', when: 'Altijd', readers,
});
const plan = (items: PlanItemView[]): PlanView => ({ familyId: 'f', planId: 'p', title: 'Plan Jansen', summary: 'Samen veilig.', version: { id: 'v', number: 1, publishedAt: '2026-11-01T10:00:00.000Z' }, items });
const onlyNoor = item({ members: [], helpers: [], professionals: ['Fatima'] });

describe('MemberPlanPreview', () => {
  it('speaks to a youth with "je", as her own phone does, while the professional around it is spoken to with "u"', () => {
    const noor = text(renderToStaticMarkup(<MemberPlanPreview plan={plan([onlyNoor])} addressing="je" asHelper={false} />));
    expect(noor).toContain('Alleen jij en de hulpverleners zien dit: Fatima.');
    expect(noor).toContain('Hier staan alleen mensen die je in Ons Plan kunt zien.');
    expect(noor).not.toMatch(/\bu\b/);
    // The reader's own texts are untouched by the preview.
    expect(i18next.t('readers.onlyKnown')).toBe('Hier staan alleen mensen die u in Ons Plan kunt zien.');
  });

  it('speaks to an adult with "u"', () => {
    const samira = text(renderToStaticMarkup(<MemberPlanPreview plan={plan([onlyNoor])} addressing="u" asHelper={false} />));
    expect(samira).toContain('Alleen u en de hulpverleners zien dit: Fatima.');
  });

  it('says what her own screen says when nothing is for her', () => {
    expect(text(renderToStaticMarkup(<MemberPlanPreview plan={plan([])} addressing="je" asHelper={false} />))).toContain('Er staat nog niets in het plan voor jou.');
  });
});
