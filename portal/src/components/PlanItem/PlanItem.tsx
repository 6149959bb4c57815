import { markGlossarySection, type PlanItemView } from '@onsplan/shared';
import { Heading } from '@nl-design-system-candidate/heading-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplainedSegments } from '../Glossary/Explained.tsx';
import { TelText } from '../TelText/TelText.tsx';

/**
 * One agreement or goal: what, who, when, where, and what to do if it goes wrong (112 and Veilig Thuis as calls).
 * The plan's own text is the Dutch the professional wrote: marked Dutch, so a screen reader reads it as
 * Dutch and an Arabic screen keeps its sentences left to right.
 */
export function PlanItem({ item, children, headingLevel = 3 }: { item: PlanItemView; children?: ReactNode; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  // An empty fact is left out, not shown as an empty line (a new agreement may not say who or when yet).
  const rows = ([
    [t('plan.who'), item.who],
    [t('plan.when'), item.when],
    [t('plan.where'), item.where],
  ] as [string, string | null | undefined][]).filter((row): row is [string, string] => Boolean(row[1]?.trim()));
  // The item is one section: a jargon word is explained once, where it first appears in it.
  const [what, ...rest] = markGlossarySection([item.what, ...rows.map(([, value]) => value), item.whatIf ?? '']);
  const facts = rest.slice(0, rows.length);
  const whatIf = rest[rows.length];
  const withTel = (text: string) => <TelText text={text} />;
  return (
    <article className={`onsplan-item onsplan-item--${item.kind}`} aria-labelledby={`item-${item.id}`}>
      <p className="onsplan-item__kind">{t(`plan.kind.${item.kind}`)}</p>
      <Heading level={headingLevel} id={`item-${item.id}`} className="onsplan-item__what" lang="nl" dir="auto">
        <ExplainedSegments segments={what!} />
      </Heading>
      {rows.length > 0 && (
        <dl className="onsplan-item__facts">
          {rows.map(([term], index) => (
            <div key={term} className="onsplan-item__fact">
              <dt>{term}</dt>
              <dd lang="nl" dir="auto">
                <ExplainedSegments segments={facts[index]!} plain={withTel} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {item.scale !== undefined && (
        <div className="onsplan-item__scale">
          <span>{t('plan.scale')} </span>
          <strong>{t('plan.scaleValue', { value: item.scale })}</strong>
          <span className="onsplan-item__scale-bar" aria-hidden="true">
            <span style={{ inlineSize: `${item.scale * 10}%` }} />
          </span>
          {item.scaleLow && <span className="onsplan-item__scale-end">{t('plan.scaleLow', { text: item.scaleLow })}</span>}
          {item.scaleHigh && <span className="onsplan-item__scale-end">{t('plan.scaleHigh', { text: item.scaleHigh })}</span>}
        </div>
      )}
      {item.whatIf && (
        <div className="onsplan-item__what-if">
          <p className="onsplan-item__what-if-title">{t('plan.whatIf')}</p>
          <p lang="nl" dir="auto">
            <ExplainedSegments segments={whatIf!} plain={withTel} />
          </p>
        </div>
      )}
      {children}
    </article>
  );
}
