import { b1Advice } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';

/** B1 advice on what she writes for the family: shown beside the text, never blocking a save. */
export function B1Hints({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation('werk');
  const advice = b1Advice(text);
  if (!advice.hasAdvice) return null;
  return (
    <div className="onsplan-work-b1" id={id}>
      <p className="onsplan-work-b1__title">{t('planEditor.b1.title')}</p>
      <ul>
        {advice.longSentences.map((s) => (
          <li key={`zin-${s.sentence}`}>{t('planEditor.b1.longSentence', { words: s.words })}</li>
        ))}
        {advice.jargon.map((j) => (
          <li key={`woord-${j.word}`}>{t('planEditor.b1.jargon', { word: j.word, plain: j.plain })}</li>
        ))}
        {advice.fleschDouma !== null && advice.fleschDouma < 60 && <li>{t('planEditor.b1.douma', { score: Math.round(advice.fleschDouma) })}</li>}
      </ul>
    </div>
  );
}
