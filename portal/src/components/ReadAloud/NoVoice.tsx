import { useTranslation } from 'react-i18next';
import type { MissingVoice } from './use-read-aloud.ts';

/** What to do when the phone cannot speak: said in the screen's words, with where to find a voice. */
export function NoVoice({ missing }: { missing: MissingVoice | undefined }) {
  const { t } = useTranslation();
  if (!missing) return null;
  return (
    <span role="alert" className="onsplan-read-aloud__no-voice">
      {t(missing === 'dutch' ? 'readPage.noDutchVoice' : 'readPage.noVoice')}
    </span>
  );
}
