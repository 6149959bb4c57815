import type { AccessLogGroupView } from '@onsplan/shared';
import type { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';

type T = ReturnType<typeof useTranslation>['t'];

/** A line about help in words: what happened, and for help given or changed what the helper may do and until when. */
export interface HelpWords {
  what: string;
  may?: { title: string; scopes: string[] };
  until?: string;
}

/**
 * "Gaf Ria een code om te helpen. Ria mag: … Tot en met 1 maart 2027." The member checks here whom
 * she let help her, what the helper may do and until when, and whether a helper tried more.
 * Undefined for any other line.
 */
export function helpWords(line: AccessLogGroupView, t: T, language: string): HelpWords | undefined {
  if (line.action === 'geweigerd' && line.onBehalfOf && line.actor.kind === 'helper') return { what: t('accessLog.help.refused') };
  const agreement = line.helpAgreement;
  if (!agreement) return undefined;
  const helper = agreement.helper ?? t('accessLog.help.someone');
  const terms = {
    may: { title: agreement.helper ? t('accessLog.help.may', { helper }) : t('accessLog.helpMay'), scopes: agreement.scopes.map((s) => t(`helpers.scope.${s}`)) },
    until: t('accessLog.helpUntil', { date: formatDate(agreement.lastDay, language) }),
  };
  const invitation = line.objectKind === 'machtiging-uitnodiging';
  switch (line.action) {
    case 'aanmaken':
      return { what: invitation ? t('accessLog.help.invited', { helper }) : t('accessLog.help.accepted'), ...terms };
    case 'wijzigen':
      return { what: t('accessLog.help.changed', { helper }), ...terms };
    case 'verwijderen':
      if (invitation) return { what: t('accessLog.help.withdrawn', { helper }) };
      return { what: line.actor.kind === 'helper' ? t('accessLog.help.stopped') : t('accessLog.help.ended', { helper }) };
    default:
      return undefined;
  }
}
