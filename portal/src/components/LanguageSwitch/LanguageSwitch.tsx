import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n.ts';
import { languageOf, memberLanguages } from '../../languages.ts';

/**
 * Every language, each named in itself with its own `lang` (a screen reader pronounces it, someone who
 * cannot read this language still finds theirs). Buttons, not a select: a select that switches on
 * each arrow key would change the whole page under a keyboard user (WCAG 3.2.2).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n.language).code;
  return (
    <nav className="onsplan-languages" aria-labelledby="taal-kiezen">
      <p id="taal-kiezen" className="onsplan-languages__label">
        {t('language.label')}
      </p>
      <ul className="onsplan-languages__list">
        {memberLanguages.map((language) => (
          <li key={language.code} lang={language.code} dir={language.dir}>
            {language.code === current ? (
              <strong className="onsplan-languages__current" aria-current="true">
                {language.name}
              </strong>
            ) : (
              <Button purpose="subtle" type="button" onClick={() => void switchLanguage(language.code)}>
                {language.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
