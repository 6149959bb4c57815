import type { ScoreDoel, ScoresPage } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { ScoreHistory, type ScoreSeries } from '../../components/ScoreHistory/ScoreHistory.tsx';
import { formatDate } from '../../format.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';

/**
 * "Hoe gaat het nu?" for the professionals: per doel of the current plan, the scores the members
 * shared with them, one line per member side by side over time, and the same as a table.
 */
export function FamilyScores() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const page = useApi<ScoresPage>(family ? paths.scores(family.id) : null);
  if (!family) return <WorkNotFound />;
  return (
    <WorkPage title={`${t('scores.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('scores.intro')}</Paragraph>
      <WorkLoading state={page.state} />
      {page.state.kind === 'ready' &&
        (page.state.data.doelen.length === 0 ? <Paragraph>{t('scores.none')}</Paragraph> : page.state.data.doelen.map((d) => <DoelSection key={d.itemKey} doel={d} />))}
    </WorkPage>
  );
}

function DoelSection({ doel }: { doel: ScoreDoel }) {
  const { t, i18n } = useTranslation('werk');
  const series = seriesOf(doel);
  const last = series.map((s) => `${s.name} ${s.points.at(-1)!.value}`).join(', ');
  return (
    <section className="onsplan-section" aria-labelledby={`doel-${doel.itemKey}`}>
      <h2 id={`doel-${doel.itemKey}`}>{doel.what}</h2>
      <Paragraph>{doel.scaleLow || doel.scaleHigh ? t('scores.scale', { low: doel.scaleLow ?? '–', high: doel.scaleHigh ?? '–' }) : t('scores.scaleNone')}</Paragraph>
      {series.length === 0 ? (
        <Paragraph>{t('scores.noScores')}</Paragraph>
      ) : (
        <ScoreHistory
          named
          series={series}
          words={{
            title: t('scores.chartTitle', { doel: doel.what }),
            summary: t('scores.chartSummary', { count: doel.scores.length, names: series.map((s) => s.name).join(', '), last }),
            tableCaption: t('scores.tableCaption', { doel: doel.what }),
            date: t('scores.date'),
            score: t('scores.score'),
            note: t('scores.note'),
            who: t('scores.who'),
            formatDate: (iso) => formatDate(iso, i18n.language),
          }}
        />
      )}
    </section>
  );
}

/** One series per member, in the order of their first score. */
function seriesOf(doel: ScoreDoel): ScoreSeries[] {
  const byMember = new Map<string, ScoreSeries & { points: { at: string; value: number; note?: string | undefined }[] }>();
  for (const s of doel.scores) {
    const key = s.memberId ?? s.memberName ?? '?';
    if (!byMember.has(key)) byMember.set(key, { name: s.memberName ?? '?', points: [] });
    byMember.get(key)!.points.push({ at: s.createdAt, value: s.value, note: s.note });
  }
  return [...byMember.values()];
}
