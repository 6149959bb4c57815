import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The workspace's words for a problem on a form field, else for the problem itself. */
export function useProblemWords(): (code: string, field: string | undefined) => string {
  const { t, i18n } = useTranslation('werk');
  return useCallback(
    (code, field) => {
      if (field && i18n.exists(`errors.${field}`, { ns: 'werk' })) return t(`errors.${field}`);
      if (i18n.exists(`problem.${code}`, { ns: 'werk' })) return t(`problem.${code}`);
      return t(`problem.${code}`, { ns: 'translation' });
    },
    [t, i18n],
  );
}
