import type { Loaded } from '../api/useApi.ts';
import { useTranslation } from 'react-i18next';
import { WorkProblem } from './WorkProblem.tsx';

/** While a workspace screen loads: a status line, or the problem when loading failed. Nothing once ready. */
export function WorkLoading({ state }: { state: Loaded<unknown> }) {
  const { t } = useTranslation('werk');
  if (state.kind === 'problem') return <WorkProblem messageKey={state.key} />;
  if (state.kind === 'loading')
    return (
      <p role="status" className="onsplan-status">
        {t('app.loading')}
      </p>
    );
  return null;
}
