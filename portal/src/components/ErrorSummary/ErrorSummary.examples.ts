import type { ErrorSummaryProps } from './ErrorSummary.tsx';

/** Examples of the error summary, used by its unit test. */
export const twoErrors: ErrorSummaryProps = {
  title: 'Controleer de invoer',
  errors: [
    { fieldId: 'voornaam', text: 'Vul de voornaam in.' },
    { fieldId: 'geboortedatum', text: 'De geboortedatum ligt in de toekomst.' },
  ],
};

export const noErrors: ErrorSummaryProps = { title: 'Controleer de invoer', errors: [] };
