import { shieldReasons, type ShieldReason } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { Choice } from '../components/Choice/Choice.tsx';
import { TextField } from '../components/TextField/TextField.tsx';

export interface ShieldReasonChoiceProps {
  /** The radio group's name, unique on the page. */
  name: string;
  /** The id of the text field for "anders". */
  textId: string;
  reason: ShieldReason | undefined;
  reasonText: string;
  reasonError?: string | undefined;
  textError?: string | undefined;
  onReason: (reason: ShieldReason) => void;
  onReasonText: (text: string) => void;
}

/** Why something is hidden from a member: chosen on purpose (nothing preselected), and "anders" with words. */
export function ShieldReasonChoice({ name, textId, reason, reasonText, reasonError, textError, onReason, onReasonText }: ShieldReasonChoiceProps) {
  const { t } = useTranslation('werk');
  return (
    <Choice name={name} legend={t('fields.reason')} error={reasonError} value={reason} onChange={onReason} options={shieldReasons.map((r) => ({ value: r, label: t(`fields.reasons.${r}`) }))}>
      {reason === 'anders' && <TextField id={textId} label={t('fields.reasonText')} error={textError} value={reasonText} onChange={(e) => onReasonText(e.target.value)} />}
    </Choice>
  );
}
