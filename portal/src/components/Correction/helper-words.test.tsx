import type { CorrectieDeadlineView } from '@onsplan/shared';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActingContext } from '../../family/acting-context.ts';
import { helperWords } from '../../family/acting-context.ts';
import { setUpI18n } from '../../i18n.ts';
import { deadlineWords, RefusalRights } from './Correction.tsx';

beforeAll(async () => {
  await setUpI18n();
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const samira = { memberId: 'm', name: 'Samira', canSwitch: false };
const rights = (acting: typeof samira | undefined) =>
  text(
    renderToStaticMarkup(
      <ActingContext.Provider value={acting}>
        <RefusalRights />
      </ActingContext.Provider>,
    ),
  );

describe('a helper reads the member\'s request as hers', () => {
  it('names Samira in the rights after a refusal, where Samira reads "u"', () => {
    expect(rights(samira)).toBe(
      'Is Samira het niet eens met dit besluit? Samira kan een klacht indienen bij de Autoriteit Persoonsgegevens. Die let op hoe er met gegevens wordt omgegaan. Samira kan ook naar de rechter gaan. Samira kan een eigen verklaring schrijven. Die staat dan altijd bij dit onderdeel.',
    );
    expect(rights(undefined)).toMatch(/^Bent u het niet eens met dit besluit\? U kunt een klacht/);
  });

  it('says when Samira gets her answer', () => {
    const deadline: CorrectieDeadlineView = { receivedOn: '2027-01-31', firstDueOn: '2027-02-28', extendedDueOn: null, dueOn: '2027-02-28', daysLeft: 10, warning: false, overdue: false };
    const t = i18next.t.bind(i18next) as never;
    expect(deadlineWords(deadline, true, 'nl', t, helperWords(samira))).toBe('Samira krijgt antwoord uiterlijk op 28 februari 2027. Dat is over 10 dagen.');
    expect(deadlineWords(deadline, true, 'nl', t)).toBe('U krijgt antwoord uiterlijk op 28 februari 2027. Dat is over 10 dagen.');
  });
});
