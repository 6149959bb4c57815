import type { AccessLogEntryView, AccessLogGroupView, AccessLogPage } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { LogLines, readerWords, whatText, whoText, type LogReader } from '../components/LogLines/LogLines.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { selfMemberId, type FamilyContext, useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';

/** Whose log this screen shows and who reads it: the member, or a helper for them (`me.actingFor`). */
export function logReader(context: FamilyContext): LogReader {
  const { me, family } = context;
  const memberId = selfMemberId(context) ?? '';
  const memberName = me.actingFor?.name ?? family.members.find((m) => m.id === memberId)?.firstName ?? '';
  return { memberId, memberName, helper: me.kind === 'helper' };
}

/** Older lines, tied to the first page they follow. */
interface Older {
  after: AccessLogPage;
  lines: AccessLogGroupView[];
  cursor: string | null;
}

/**
 * "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3): what others did with the member's data,
 * one line per person, day and thing, newest day first. What the member did themself (their own
 * views and their phone's background loads) only when they ask, and one person when they choose.
 */
export function AccessLog() {
  const { t } = useTranslation();
  const context = useFamily();
  const reader = logReader(context);
  const words = readerWords(reader);
  const [own, setOwn] = useState(false);
  const [person, setPerson] = useState('');
  const query = new URLSearchParams({ ...(own ? { own: '1' } : {}), ...(person ? { person } : {}) }).toString();
  const path = `${paths.accessLog(context.family.id)}${query ? `?${query}` : ''}`;
  const first = useApi<AccessLogPage>(path);
  const [older, setOlder] = useState<Older>();
  const more = useSubmit();
  // The filters stay on screen while a new choice loads, so keyboard focus stays where it was;
  // the people to choose from come with every page, so the last answer lists them.
  const lastPage = useRef<AccessLogPage>(undefined);
  if (first.state.kind === 'ready') lastPage.current = first.state.data;
  const people = lastPage.current?.people ?? [];

  const title = t('accessLog.title', words);
  if (!lastPage.current) {
    return (
      <FamilyPage title={title}>
        <LoadState state={first.state} />
      </FamilyPage>
    );
  }

  const page = first.state.kind === 'ready' ? first.state.data : undefined;
  // Older pages belong to the first page they were loaded after. When that page is read again (a
  // new choice, or a sync brought new data) they go: a line never shows twice or out of order.
  const shownOlder = page && older?.after === page ? older : undefined;
  const lines = page ? [...page.groups, ...(shownOlder?.lines ?? [])] : [];
  const next = shownOlder ? shownOlder.cursor : page?.nextCursor;
  const chosen = own || person !== '';

  async function loadOlder() {
    if (!next || !page) return;
    await more.run(async () => {
      const answer = await api<AccessLogPage>(`${path}${query ? '&' : '?'}before=${encodeURIComponent(next)}`);
      setOlder({ after: page, lines: [...(shownOlder?.lines ?? []), ...answer.groups], cursor: answer.nextCursor });
    });
  }

  return (
    <FamilyPage title={title}>
      <Paragraph purpose="lead">{t('accessLog.intro', words)}</Paragraph>
      <Paragraph>{t('accessLog.perDay')}</Paragraph>
      <div className="onsplan-log-filters">
        {people.length > 0 && (
          <div className="onsplan-field">
            <label className="onsplan-field__label" htmlFor="bekeken-persoon">
              {t('accessLog.person')}
            </label>
            <select id="bekeken-persoon" className="onsplan-field__input" value={person} onChange={(e) => setPerson(e.target.value)}>
              <option value="">{t('accessLog.everyone')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {whoText(p, reader, t)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="onsplan-choice__option">
          <input type="checkbox" className="onsplan-choice__input" id="bekeken-zelf" aria-describedby="bekeken-zelf-hint" checked={own} onChange={(e) => setOwn(e.target.checked)} />
          <label className="onsplan-choice__label" htmlFor="bekeken-zelf">
            {t('accessLog.own', words)}
          </label>
          <p className="onsplan-choice__hint" id="bekeken-zelf-hint">
            {t('accessLog.ownHint', words)}
          </p>
        </div>
      </div>
      <Paragraph>{t('accessLog.why')}</Paragraph>
      {!page ? (
        <LoadState state={first.state} />
      ) : (
        <>
          {!lines.length && <Paragraph>{chosen ? t('accessLog.emptyChosen') : t('accessLog.empty', words)}</Paragraph>}
          <LogLines lines={lines} reader={reader} />
          {more.problem && <ProblemMessage messageKey={more.problem} />}
          {next && (
            <Button purpose="secondary" type="button" busy={more.busy} onClick={() => void loadOlder()}>
              {more.busy ? t('app.busy') : t('accessLog.older')}
            </Button>
          )}
        </>
      )}
    </FamilyPage>
  );
}

/** One entry as it was written, for the download ("Mijn gegevens"): when, who, what. */
export function LogEntry({ entry, reader }: { entry: AccessLogEntryView; reader: LogReader }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="onsplan-log__entry">
      <p className="onsplan-log__when">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('accessLog.who')}</dt>
          <dd>{whoText(entry, reader, t)}</dd>
        </div>
        <div>
          <dt>{t('accessLog.what')}</dt>
          <dd>{whatText(entry.action, entry.objectKind, reader, t)}</dd>
        </div>
      </dl>
    </li>
  );
}
