import { Button } from '@nl-design-system-candidate/button-react';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmGate } from './confirm-gate.ts';

const GateContext = createContext<ConfirmGate | undefined>(undefined);

/** The gate a helper's writes pass; undefined for anyone acting as themself. */
export function useNamensGate(): ConfirmGate | undefined {
  return useContext(GateContext);
}

export interface NamensQuestionProps {
  name: string;
  onYes: () => void;
  onBack: () => void;
}

/** The words and buttons of the step: "U doet dit namens Samira. Samira ziet dit." */
export function NamensQuestion({ name, onYes, onBack }: NamensQuestionProps) {
  const { t } = useTranslation();
  return (
    <>
      <p id="namens-vraag" className="onsplan-notice__title">
        {t('namens.confirm.question', { name })}
      </p>
      <p id="namens-uitleg">{t('namens.confirm.sees', { name })}</p>
      <div className="onsplan-actions">
        <Button purpose="primary" type="button" onClick={onYes}>
          {t('namens.confirm.yes')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onBack}>
          {t('namens.confirm.back')}
        </Button>
      </div>
    </>
  );
}

/**
 * Every write of a helper passes one step (issue 11): a modal dialog asks "U doet dit namens
 * Samira. Samira ziet dit." with "Ja, verstuur" and "Terug". It sits around all member screens,
 * so no form can forget it; the form itself stays as it was, so "Terug" loses nothing typed.
 * Escape is "Terug"; focus returns to where it was (the form's send button).
 */
export function NamensConfirmProvider({ name, children }: { name: string; children: ReactNode }) {
  const gate = useMemo(() => new ConfirmGate(), []);
  const [asking, setAsking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => gate.subscribe(setAsking), [gate]);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (asking && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!asking && element.open) {
      element.close();
      returnTo.current?.focus();
    }
  }, [asking]);
  // A page that goes while asking must not leave a write waiting for ever.
  useEffect(() => () => gate.answer(false), [gate]);
  return (
    <GateContext.Provider value={gate}>
      {children}
      <dialog
        ref={dialog}
        className="onsplan-namens-dialog"
        aria-labelledby="namens-vraag"
        aria-describedby="namens-uitleg"
        onCancel={(event) => {
          event.preventDefault();
          gate.answer(false);
        }}
      >
        {asking && <NamensQuestion name={name} onYes={() => gate.answer(true)} onBack={() => gate.answer(false)} />}
      </dialog>
    </GateContext.Provider>
  );
}
