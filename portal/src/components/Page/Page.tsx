import { Heading } from '@nl-design-system-candidate/heading-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplainJargonContext, glossaryHintId } from '../Glossary/jargon-context.ts';
import { HelperBanner } from '../HelperBanner/HelperBanner.tsx';
import { LanguageSwitch } from '../LanguageSwitch/LanguageSwitch.tsx';
import { QuickExit } from '../QuickExit/QuickExit.tsx';
import { PageReadAloud } from '../ReadAloud/PageReadAloud.tsx';
import { TranslationNote } from '../TranslationNote/TranslationNote.tsx';

export interface PageProps {
  title: string;
  children: ReactNode;
  /** Shown in the header, e.g. a sign-out button. */
  actions?: ReactNode;
}

/**
 * Every screen: "Snel weg" first, a skip link, on a translated screen the note that Dutch counts, one h1 that receives focus after navigation so a
 * screen reader announces the new page, and the document title. Under the h1 "Lees deze pagina voor"; jargon in the
 * page gets "Wat betekent dit?".
 */
// On the first screen focus stays at the top, so the first Tab reaches Snel weg; after that each
// navigation moves focus to the new page's heading.
let firstScreen = true;

export function Page({ title, children, actions }: PageProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);
  // On a new title only: texts arriving or changing under the same screen (the rest of the Dutch
  // texts after the first screen) must not move focus away from where the reader is.
  useEffect(() => {
    if (firstScreen) firstScreen = false;
    else heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <ExplainJargonContext.Provider value={true}>
      <QuickExit>
        <HelperBanner />
      </QuickExit>
      <a className="onsplan-skip-link" href="#inhoud">
        {t('app.skipToContent')}
      </a>
      <header className="onsplan-header">
        <span className="onsplan-header__name">{t('app.name')}</span>
        {actions}
      </header>
      <main id="inhoud" className="onsplan-main" ref={main}>
        <TranslationNote />
        <Heading level={1} ref={heading} tabIndex={-1} className="onsplan-page-title">
          {title}
        </Heading>
        <PageReadAloud page={main} />
        <p id={glossaryHintId} hidden>
          {t('glossary.hint')}
        </p>
        {children}
      </main>
      <footer className="onsplan-footer">
        <LanguageSwitch />
      </footer>
    </ExplainJargonContext.Provider>
  );
}
