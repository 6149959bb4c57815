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
  const [asking, setAsking] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  // Back on the button only after "no", not when the screen first draws (the question focuses itself).
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current && !asking) startRef.current?.focus();
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
  return <ConfirmQuestion id={`${idBase}-vraag`} question={question} yes={yes} describedBy={describedBy} busy={busy} problem={problem} onYes={onConfirm} onNo={() => go(false)} />;
}

export interface ConfirmQuestionProps {
  /** The question's id; the group is labelled by it. */
  id: string;
  question: string;
  yes: string;
  /** Default "Nee, toch niet". */
  no?: string;
  describedBy?: string;
  busy?: boolean;
  problem?: string | undefined;
  onYes: () => void;
  onNo: () => void;
}

/**
 * The question of a step that cannot be undone, with "yes" beside "no". Focus goes to the question
 * when it appears, so a screen reader hears it and a keyboard is not left on a button that went.
 */
export function ConfirmQuestion({ id, question, yes, no, describedBy, busy = false, problem, onYes, onNo }: ConfirmQuestionProps) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="onsplan-decide" role="group" aria-labelledby={id}>
      <p ref={questionRef} id={id} className="onsplan-notice__title onsplan-focus-target" tabIndex={-1}>
        {question}
      </p>
      {problem && <ProblemMessage messageKey={problem} />}
      <div className="onsplan-actions">
        <Button purpose="primary" hint="negative" type="button" busy={busy} aria-describedby={describedBy} onClick={onYes}>
          {busy ? t('app.busy') : yes}
        </Button>
        <Button purpose="secondary" type="button" onClick={onNo}>
          {no ?? t('devices.no')}
        </Button>
      </div>
    </div>
  );
}
