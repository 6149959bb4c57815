import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { addressReaderAs } from '../../addressing.ts';
import { setUpI18n } from '../../i18n.ts';
import { helpChanged, helpEvents, helperReads, othersFirst, riaForSamira, samira, unknownWords, withOwn } from './LogLines.examples.ts';
import { LogLines, type LogReader } from './LogLines.tsx';
import type { AccessLogGroupView } from '@onsplan/shared';

beforeAll(async () => {
  await setUpI18n();
});

/** The page as text: a day heading, then each line as "who | what | when". */
function rendered(lines: AccessLogGroupView[], reader: LogReader): string[] {
  const html = renderToStaticMarkup(<LogLines lines={lines} reader={reader} />);
  const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'");
  return [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>|<li[^>]*>(.*?)<\/li>/g)].map((m) =>
    m[1] !== undefined ? `# ${text(m[1])}` : [...m[2]!.matchAll(/<p[^>]*>(.*?)<\/p>/g)].map((p) => text(p[1]!)).join(' | '),
  );
}

/** Each line of the log as its texts in order, the helper's list included: "who | what | may | … | when". */
function entries(lines: AccessLogGroupView[], reader: LogReader): string[] {
  const html = renderToStaticMarkup(<LogLines lines={lines} reader={reader} />);
  return html
    .split('<li class="onsplan-log__entry">')
    .slice(1)
    .map((entry) => [...entry.matchAll(/<(?:p|li)[^>]*>(.*?)<\/(?:p|li)>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join(' | '));
}

describe('LogLines', () => {
  it('groups by day, newest first, and speaks to the member: "uw plan", "namens u", how often and when last', () => {
    expect(rendered(othersFirst, samira)).toEqual([
      '# Dinsdag 24 november 2026',
      'Ria (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens u | Bekeek wie uw gegevens bekeek. | Eén keer, om 11:00.',
      '# Maandag 23 november 2026',
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Bekeek uw plan. | 3 keer. Het laatst om 10:30.',
      'Ria (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens u | Bekeek uw plan. | 22 keer. Het laatst om 10:35.',
      '# Zondag 22 november 2026',
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Veranderde uw contactgegevens. | Eén keer, om 14:05.',
    ]);
  });

  it('says on a line about help given or changed what the helper may do, and until when', () => {
    const text = renderToStaticMarkup(<LogLines lines={helpChanged} reader={samira} />).replace(/<[^>]+>/g, '|');
    expect(text).toContain('|De helper mag:|');
    expect(text).toContain('|Uw plan lezen|');
    expect(text).toContain('|Reageren op uw plan|');
    expect(text).toContain('|Tot en met 22 februari 2027.|');
    expect(renderToStaticMarkup(<LogLines lines={othersFirst} reader={samira} />)).not.toContain('De helper mag');
  });

  it('says every grant, change, refusal and end of help in words: who, what the helper may do and until when', () => {
    expect(entries(helpEvents, samira)).toEqual([
      'Sanne (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens u | Stopte met helpen. | Eén keer, om 16:00.',
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Stopte de hulp van Ria. | Eén keer, om 15:00.',
      'Ria (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens u | Wilde iets doen. Dat mocht niet. | Eén keer, om 13:00.',
      'U zelf | Veranderde de hulp van Ria. | Ria mag: | Uw plan lezen | Reageren op uw plan | Tot en met 1 maart 2027. | Eén keer, om 12:00.',
      'U zelf | Gaf Sanne een code om te helpen. | Sanne mag: | Uw plan lezen | Tot en met 24 februari 2027. | Eén keer, om 11:00.',
      'U zelf | Trok de code voor Kees in. | Eén keer, om 10:00.',
    ]);
  });

  it('says the same to a youth with "je"', () => {
    addressReaderAs('je');
    try {
      expect(entries(helpEvents, samira)).toContain('Jij zelf | Veranderde de hulp van Ria. | Ria mag: | Jouw plan lezen | Reageren op je plan | Tot en met 1 maart 2027. | Eén keer, om 12:00.');
    } finally {
      addressReaderAs('u');
    }
  });

  it('draws only the name in bold, so a long job and organisation stay light on a phone', () => {
    const html = renderToStaticMarkup(<LogLines lines={othersFirst} reader={samira} />);
    expect(html).toContain('<strong>Fatima Yılmaz</strong> (Regisseur, Lokaal team Utrecht-Oost)');
    expect(html).toContain('<strong>Ria</strong> (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens u');
    expect(html).not.toContain('\u2063');
  });

  it("shows the member's own lines as hers when she asks for them", () => {
    expect(rendered(withOwn, samira)[1]).toBe('U zelf | Bekeek uw plan. | 100 keer. Het laatst om 10:40.');
  });

  it('speaks to a helper about the member: "het plan", "de gegevens van Samira", "U, namens Samira"', () => {
    expect(rendered(helperReads, riaForSamira)).toEqual([
      '# Maandag 23 november 2026',
      'U, namens Samira | Bekeek het plan. | 22 keer. Het laatst om 10:35.',
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Downloadde alle gegevens van Samira. | Eén keer, om 10:20.',
    ]);
    expect(rendered(othersFirst, riaForSamira)[1]).toBe('Ria (Ervaringsdeskundige, Ervaringsdeskundigen Utrecht), namens Samira | Bekeek wie de gegevens van Samira bekeek. | Eén keer, om 11:00.');
  });

  it('reads what it has no words for neutrally, and a nameless member as "Iemand uit het gezin"', () => {
    expect(rendered(unknownWords, samira).slice(1)).toEqual([
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Deed iets met uw gegevens. | 2 keer. Het laatst om 09:00.',
      'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost) | Wilde uw plan openen. Dat mocht niet. | Eén keer, om 08:30.',
      'Iemand uit het gezin | Bekeek uw plan. | Eén keer, om 08:10.',
    ]);
    // An action newer than this portal (the API knows it, the words do not yet) falls back to "Deed iets met".
    const newer = [{ ...unknownWords[0]!, action: 'archiveren' as never }];
    expect(rendered(newer, samira)[1]).toContain('Deed iets met uw gegevens.');
  });
});
