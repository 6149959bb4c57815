import type { HelperActionView } from '@onsplan/shared';
import type { TFunction } from 'i18next';

/** One line of "Wat Ria voor u deed": "Ria namens Samira schreef een reactie." */
export function helperActionText(action: HelperActionView, memberName: string, t: TFunction): string {
  const who = t('comments.helperFor', { name: action.helper.name, member: memberName });
  // A removed document is the one removal a helper makes for a member; everything else is made or changed.
  const what = action.what === 'document' && action.verb === 'verwijderen' ? t('helperActions.what.documentRemoved') : t(`helperActions.what.${action.what}`);
  return t('helperActions.line', { who, what });
}
