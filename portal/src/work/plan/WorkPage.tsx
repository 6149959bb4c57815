import { Heading } from '@nl-design-system-candidate/heading-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './plan-editor.css';

/**
 * A professional's screen, desktop first: skip link, one h1 that takes focus after navigation, a
 * wide main column. No Snel weg (that is for members). Stands in until the professional shell is joined.
 */
export function WorkPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
    heading.current?.focus({ preventScroll: true });
  }, [title, t]);
  return (
    <>
      <a className="onsplan-skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="onsplan-header">
        <span className="onsplan-header__name">{t('app.name')}</span>
      </header>
      <main id="inhoud" className="onsplan-work-main">
        <Heading level={1} ref={heading} tabIndex={-1} className="onsplan-page-title">
          {title}
        </Heading>
        {children}
      </main>
    </>
  );
}

/** A problem code as words for a professional, or the general message. */
export function workProblemKey(code: string): string {
  return ['concept-veranderd', 'plan-veranderd', 'reden-nodig', 'ongeldige-invoer', 'niet-toegestaan'].includes(code) ? `planEditor.problem.${code}` : 'planEditor.problem.other';
}

/** An error that keyboard and screen-reader users land on. */
export function WorkProblem({ code }: { code: string }) {
  const { t } = useTranslation('werk');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [code]);
  return (
    <div ref={ref} className="onsplan-alert onsplan-alert--error" role="alert" tabIndex={-1}>
      <h2 className="onsplan-alert__title">{t('planEditor.problem.title')}</h2>
      <p className="onsplan-alert__body">{t(workProblemKey(code))}</p>
    </div>
  );
}
