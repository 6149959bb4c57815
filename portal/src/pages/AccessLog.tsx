import type { AccessLogActorView, AccessLogEntryView, AccessLogPage } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';

type T = ReturnType<typeof useTranslation>['t'];

/** Who did it, in words: a professional with job and organisation, a member by first name, or "a family member". */
export function actorText(actor: AccessLogActorView, t: T): string {
  if (actor.isMe) return t('accessLog.actor.me');
  switch (actor.kind) {
    case 'professional': {
      const job = [actor.jobTitle, actor.organisation].filter(Boolean).join(', ');
      return job ? t('accessLog.actor.withJob', { name: actor.name ?? t('accessLog.actor.professional'), job }) : (actor.name ?? t('accessLog.actor.professional'));
    }
    case 'helper':
      return actor.name ? t('accessLog.actor.helper', { name: actor.name }) : t('accessLog.actor.aHelper');
    case 'beheerder':
      return t('accessLog.actor.beheerder');
    case 'systeem':
      return t('accessLog.actor.systeem');
    case 'gezinslid':
      return actor.name ?? t('accessLog.actor.gezinslid');
  }
}

/** "Wie heeft mijn gegevens bekeken": the member's own log entries, newest first, older ones on request. */
export function AccessLog() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const path = paths.accessLog(family.id);
  const first = useApi<AccessLogPage>(path);
  const [older, setOlder] = useState<AccessLogEntryView[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const more = useSubmit();

  if (first.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('accessLog.title')}>
        <LoadState state={first.state} />
      </FamilyPage>
    );
  }
  const page = first.state.data;
  const entries = [...page.entries, ...older];
  const next = cursor === undefined ? page.nextCursor : cursor;

  async function loadOlder() {
    if (!next) return;
    await more.run(async () => {
      const answer = await api<AccessLogPage>(`${path}?before=${encodeURIComponent(next)}`);
      setOlder((o) => [...o, ...answer.entries]);
      setCursor(answer.nextCursor);
    });
  }

  return (
    <FamilyPage title={t('accessLog.title')}>
      <Paragraph purpose="lead">{t('accessLog.intro', { name: page.member.firstName })}</Paragraph>
      <Paragraph>{t('accessLog.why')}</Paragraph>
      {!entries.length && <Paragraph>{t('accessLog.empty')}</Paragraph>}
      <ol className="onsplan-log">
        {entries.map((entry) => (
          <LogEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      {more.problem && <ProblemMessage messageKey={more.problem} />}
      {next && (
        <Button purpose="secondary" type="button" busy={more.busy} onClick={() => void loadOlder()}>
          {more.busy ? t('app.busy') : t('accessLog.older')}
        </Button>
      )}
    </FamilyPage>
  );
}

/** One log line: when, who, what, and on whose behalf. */
export function LogEntry({ entry }: { entry: AccessLogEntryView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="onsplan-log__entry">
      <p className="onsplan-log__when">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('accessLog.who')}</dt>
          <dd>{actorText(entry.actor, t)}</dd>
        </div>
        <div>
          <dt>{t('accessLog.what')}</dt>
          <dd>
            {t(`accessLog.action.${entry.action}`)}
            {entry.action !== 'inloggen' && entry.action !== 'uitloggen' && <>: {t(`accessLog.object.${entry.objectKind}`, { defaultValue: t('accessLog.object.other') })}</>}
          </dd>
        </div>
        {entry.onBehalfOf && (
          <div>
            <dt>{t('accessLog.onBehalfOf')}</dt>
            <dd>{entry.onBehalfOf.name}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
