import type { HelperActionsPage, HelperActionView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { helperWords, useActing } from '../family/acting-context.ts';
import { useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';
import { helperActionText } from './helper-action-text.ts';

/**
 * "Wat Ria voor u deed" (issue 11): everything a helper made or changed for this member, newest
 * first, each as "Ria namens Samira schreef een reactie", with when. A helper reads the same list
 * about the member she helps.
 */
export function HelperActions() {
  const { t, i18n } = useTranslation();
  const { family } = useFamily();
  const acting = useActing();
  const page = useApi<HelperActionsPage>(paths.helperActions(family.id));
  const data = page.state.kind === 'ready' ? page.state.data : undefined;
  const helpers = [...new Set(data?.actions.map((a) => a.helper.name) ?? [])];
  const title = acting ? t('helperActions.title', helperWords(acting)) : helpers.length === 1 ? t('helperActions.title', { context: 'named', helper: helpers[0] }) : t('helperActions.title');
  if (!data) {
    return (
      <FamilyPage title={title}>
        <LoadState state={page.state} />
      </FamilyPage>
    );
  }
  return (
    <FamilyPage title={title}>
      <Paragraph>{t('helperActions.intro', helperWords(acting))}</Paragraph>
      {data.actions.length === 0 ? (
        <Paragraph>{t('helperActions.empty', helperWords(acting))}</Paragraph>
      ) : (
        <ul className="onsplan-log">
          {data.actions.map((a: HelperActionView) => (
            <li key={a.id} className="onsplan-log__entry">
              <p className="onsplan-log__what">{helperActionText(a, data.member.firstName, t)}</p>
              <p className="onsplan-log__when">
                <time dateTime={a.at}>{formatDateTime(a.at, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </FamilyPage>
  );
}
