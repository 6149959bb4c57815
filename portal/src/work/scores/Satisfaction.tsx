import type { SatisfactionOverview } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi.ts';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkPage } from '../WorkPage.tsx';

/** "Wat vindt u ervan?" for the organisation: per month with enough answers, totals only. */
export function Satisfaction() {
  const { t } = useTranslation('werk');
  const overview = useApi<SatisfactionOverview>('/werk/tevredenheid');
  const data = overview.state.kind === 'ready' ? overview.state.data : undefined;
  return (
    <WorkPage title={t('satisfaction.title')}>
      <WorkLoading state={overview.state} />
      {data && !data.organisation && <Paragraph>{t('satisfaction.noOrganisation')}</Paragraph>}
      {data && data.organisation && (
        <>
          <Paragraph purpose="lead">{t('satisfaction.intro', { organisation: data.organisation, minimum: data.minimumAnswers })}</Paragraph>
          {data.periods.length === 0 ? (
            <Paragraph>{t('satisfaction.none', { minimum: data.minimumAnswers })}</Paragraph>
          ) : (
            <>
              <WorkTable
                caption={t('satisfaction.title')}
                rows={data.periods}
                rowKey={(p) => p.period}
                columns={[
                  { heading: t('satisfaction.period'), cell: (p) => p.period, rowHeader: true },
                  { heading: t('satisfaction.answers'), cell: (p) => p.answers },
                  { heading: t('satisfaction.average'), cell: (p) => p.average.toLocaleString('nl-NL') },
                  { heading: t('satisfaction.helps'), cell: (p) => p.helps.join(' / ') },
                ]}
              />
              {data.periods
                .filter((p) => p.better.length > 0)
                .map((p) => (
                  <section key={p.period} aria-labelledby={`beter-${p.period}`}>
                    <h2 id={`beter-${p.period}`}>
                      {p.period}: {t('satisfaction.better', { minimum: data.minimumAnswers })}
                    </h2>
                    <ul className="onsplan-list">
                      {p.better.map((text, i) => (
                        <li key={i}>{text}</li>
                      ))}
                    </ul>
                  </section>
                ))}
            </>
          )}
        </>
      )}
    </WorkPage>
  );
}
