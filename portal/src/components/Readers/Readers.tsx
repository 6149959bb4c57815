import type { ReadersView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { everyone, nameList } from './readers-text.ts';

export interface ReadersProps {
  readers: ReadersView;
  /** The viewer reads it too and is addressed as "u" (a member); a helper or professional is not named. */
  includesYou: boolean;
}

/**
 * "Wie ziet dit?": the people who can read this, as the server worked them out. A closed disclosure,
 * so a phone screen stays short and a screen reader hears the question first.
 */
export function WhoSees({ readers, includesYou }: ReadersProps) {
  const { t, i18n } = useTranslation();
  const others = [...readers.members, ...readers.helpers];
  const family = includesYou ? [t('readers.you'), ...others] : others;
  return (
    <details className="onsplan-readers">
      <summary>{t('readers.question')}</summary>
      <p>
        {family.length === 0 || (includesYou && others.length === 0)
          ? t(includesYou ? 'readers.onlyYou' : 'readers.onlyProfessionals', { professionals: nameList(readers.professionals, i18n.language) })
          : t('readers.familyAndProfessionals', { family: nameList(family, i18n.language), professionals: nameList(readers.professionals, i18n.language) })}
      </p>
      {readers.helpers.length > 0 && <p>{t('readers.helpers', { names: nameList(readers.helpers, i18n.language), count: readers.helpers.length })}</p>}
      {/* Always said, so it tells nobody that someone is left out: a hidden person is never named. */}
      <p>{t('readers.onlyKnown')}</p>
    </details>
  );
}

/** Before sending: "Dit lezen: Fatima en Jeroen." Said to screen readers when the choice changes. */
export function WillRead({ readers, id }: { readers: ReadersView; id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <p className="onsplan-will-read" id={id} aria-live="polite">
      {t('readers.willRead', { names: nameList(everyone(readers), i18n.language) })}
    </p>
  );
}
