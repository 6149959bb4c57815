import type { Addressing } from '@onsplan/shared';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { memberTextsFor } from '../../addressing.ts';

/**
 * Member screens drawn inside as `addressing` speaks, whoever reads them: a professional's "Bekijk als"
 * of Noor (16) shows the "je" Noor reads, not the "u" said to the professional.
 */
export function AddressedAs({ addressing, children }: { addressing: Addressing; children: ReactNode }) {
  return <I18nextProvider i18n={memberTextsFor(addressing)}>{children}</I18nextProvider>;
}
