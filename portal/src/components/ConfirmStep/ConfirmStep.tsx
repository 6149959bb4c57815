import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';

export interface ConfirmStepProps {
  /** Unique on the page; the question gets `${idBase}-vraag`. */
  idBase: string;
  /** The button that starts the step. */
  label: string;
  /** What will happen, asked before it happens. */
  question: string;
  yes: string;
  /** The id of what the step is about (a card title), so the button's purpose is clear out of context. */
  describedBy: string;
  busy: boolean;
  problem?: string | undefined;
  onConfirm: () => void;
}

/**
 * Something that cannot be undone takes two taps: the button, then "Ja" beside "Nee, toch niet".
 * Focus follows the step, so a screen reader hears the question and a keyboard is not left on a
 * button that disappeared.
 */
export function ConfirmStep({ idBase, label, question, yes, describedBy, busy, problem, onConfirm }: ConfirmStepProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  // Only after the person moved between the two states, not when the screen first draws.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (asking ? questionRef.current : startRef.current)?.focus();
  }, [asking]);
  const go = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };

  if (!asking) {
    return (
      <Button ref={startRef} purpose="secondary" hint="negative" type="button" aria-describedby={describedBy} onClick={() => go(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="onsplan-decide" role="group" aria-labelledby={`${idBase}-vraag`}>
      <p ref={questionRef} id={`${idBase}-vraag`} className="onsplan-notice__title onsplan-focus-target" tabIndex={-1}>
        {question}
      </p>
      {problem && <ProblemMessage messageKey={problem} />}
      <div className="onsplan-actions">
        <Button purpose="primary" hint="negative" type="button" busy={busy} aria-describedby={describedBy} onClick={onConfirm}>
          {busy ? t('app.busy') : yes}
        </Button>
        <Button purpose="secondary" type="button" onClick={() => go(false)}>
          {t('devices.no')}
        </Button>
      </div>
    </div>
  );
}
