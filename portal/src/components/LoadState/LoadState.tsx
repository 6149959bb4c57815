import { useTranslation } from 'react-i18next';
import type { Loaded } from '../../api/useApi.ts';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';

/** While data loads: the wait message (announced), or the problem in B1. Nothing once it is there. */
export function LoadState({ state }: { state: Loaded<unknown> }) {
  const { t } = useTranslation();
  if (state.kind === 'problem') return <ProblemMessage messageKey={state.key} />;
  if (state.kind === 'loading') {
    return (
      <p role="status" className="onsplan-status">
        {t('app.loading')}
      </p>
    );
  }
  return null;
}
