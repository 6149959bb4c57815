import type { AccessLogAction, AccessLogActorView, AccessLogGroupView } from '@onsplan/shared';
import { Heading } from '@nl-design-system-candidate/heading-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, formatWeekday } from '../../format.ts';
import { helpWords } from './help-words.ts';

type T = ReturnType<typeof useTranslation>['t'];

/**
 * Whose log is read, and by whom: the member themself ("uw gegevens"), or a helper acting for
 * them, who reads about someone else ("de gegevens van Samira").
 */
export interface LogReader {
  memberId: string;
  memberName: string;
  helper: boolean;
}

/** The i18n options that pick the helper's wording (`key_helper`) where there is one. */
export const readerWords = (reader: LogReader) => ({ context: reader.helper ? 'helper' : undefined, name: reader.memberName });

/** A person's name (or a neutral word) and, for a professional or helper, their job and organisation. */
export function actorParts(actor: AccessLogActorView, t: T): { name: string; job?: string } {
  switch (actor.kind) {
    case 'professional':
    case 'helper': {
      const job = [actor.jobTitle, actor.organisation].filter(Boolean).join(', ');
      const name = actor.name ?? (actor.kind === 'professional' ? t('accessLog.actor.professional') : t('accessLog.actor.aHelper'));
      return actor.name && job ? { name, job } : { name };
    }
    case 'beheerder':
      return { name: t('accessLog.actor.beheerder') };
    case 'systeem':
      return { name: t('accessLog.actor.systeem') };
    case 'gezinslid':
      return { name: actor.name ?? t('accessLog.actor.gezinslid') };
  }
}

type Line = { actor: AccessLogActorView; onBehalfOf?: { memberId: string; name: string } | undefined };

// Stands in for a part that is drawn differently (the name in bold), so the words around it stay in the translation.
const mark = '\u2063';

/**
 * Who did it, for this reader, as text and as parts: "U zelf"; "Ria (…), namens u" to the member,
 * "namens Samira" to a helper (for whom "u" would be the helper); a helper's own lines "U, namens Samira".
 */
function who<N>(line: Line, reader: LogReader, t: T, name: (text: string) => N, join: (template: string, part: N) => N): N {
  const { actor, onBehalfOf } = line;
  if (actor.isMe && !onBehalfOf) return name(t('accessLog.actor.me'));
  const parts = actor.isMe ? { name: t('accessLog.actor.you') } : actorParts(actor, t);
  const person = parts.job ? join(t('accessLog.actor.withJob', { name: mark, job: parts.job }), name(parts.name)) : name(parts.name);
  if (!onBehalfOf) return person;
  return join(onBehalfOf.memberId === reader.memberId && !reader.helper ? t('accessLog.actor.forYou', { who: mark }) : t('accessLog.actor.forMember', { who: mark, member: onBehalfOf.name }), person);
}

/** Who did it, as one text (a choice in the person filter, the download). */
export function whoText(line: Line, reader: LogReader, t: T): string {
  return who(line, reader, t, (text) => text, (template, part) => template.replace(mark, part));
}

/** Who did it, with the name in bold: on a phone a long job and organisation would make a heavy block. */
function WhoLine({ line, reader }: { line: Line; reader: LogReader }) {
  const { t } = useTranslation();
  const drawn = who<ReactNode>(
    line,
    reader,
    t,
    (text) => <strong>{text}</strong>,
    (template, part) => {
      const [before, after] = template.split(mark);
      return (
        <>
          {before}
          {part}
          {after}
        </>
      );
    },
  );
  return <p className="onsplan-log__who">{drawn}</p>;
}

/** What was done with what: "Bekeek uw plan."; an action or kind this portal does not know yet reads neutrally. */
export function whatText(action: AccessLogAction, objectKind: string, reader: LogReader, t: T): string {
  const words = readerWords(reader);
  const what = t(`accessLog.object.${objectKind}`, { ...words, defaultValue: t('accessLog.object.other', words) });
  return t(`accessLog.did.${action}`, { what, defaultValue: t('accessLog.did.anders', { what }) });
}

/** Lines by day, newest day first, in the order they came (the API sends them in that order, page after page). */
export function byDay(lines: readonly AccessLogGroupView[]): [day: string, lines: AccessLogGroupView[]][] {
  const days = new Map<string, AccessLogGroupView[]>();
  for (const line of lines) days.set(line.day, [...(days.get(line.day) ?? []), line]);
  return [...days];
}

/**
 * "Wie heeft mijn gegevens bekeken" as lines: a heading per day, then one line per person and
 * thing with how often and when last. Each line is three short sentences so it reads aloud well.
 */
export function LogLines({ lines, reader, headingLevel = 2 }: { lines: readonly AccessLogGroupView[]; reader: LogReader; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {byDay(lines).map(([day, ofDay]) => (
        <section key={day} className="onsplan-log-day" aria-labelledby={`dag-${day}`}>
          <Heading level={headingLevel} id={`dag-${day}`} className="onsplan-log-day__title">
            {formatWeekday(day, i18n.language)}
          </Heading>
          <ul className="onsplan-log">
            {ofDay.map((line) => {
              const help = helpWords(line, t, i18n.language);
              return (
                <li key={line.id} className="onsplan-log__entry">
                  <WhoLine line={line} reader={reader} />
                  <p className="onsplan-log__what">{help?.what ?? whatText(line.action, line.objectKind, reader, t)}</p>
                  {help?.may && (
                    <>
                      <p className="onsplan-log__what">{help.may.title}</p>
                      <ul className="onsplan-list">
                        {help.may.scopes.map((scope) => (
                          <li key={scope}>{scope}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {help?.until && <p className="onsplan-log__what">{help.until}</p>}
                  <p className="onsplan-log__when">
                    <time dateTime={line.lastAt}>{t('accessLog.times', { count: line.count, time: formatTime(line.lastAt, i18n.language) })}</time>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
