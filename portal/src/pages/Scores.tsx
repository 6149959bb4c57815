import type { NewScore, ScoreDoel, ScoresPage, ScoreView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { PendingState } from '../app/Pending.tsx';
import { usePending, useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { MemberCheckboxes } from '../components/MemberCheckboxes/MemberCheckboxes.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { ReadAloud } from '../components/ReadAloud/ReadAloud.tsx';
import type { SpeechPart } from '../components/ReadAloud/speech.ts';
import { ScoreHistory } from '../components/ScoreHistory/ScoreHistory.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { useFamily } from '../family/context.ts';
import { formatDate } from '../format.ts';

/**
 * "Hoe gaat het nu?" (issue 13, point 2): per doel, the member gives a score of 0 to 10 on the
 * doel's own scale, and sees her own scores as a line, as a table and read aloud. A score goes
 * through the outbox, so it works without internet; by default only the professionals read it.
 */
export function Scores() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const page = useApi<ScoresPage>(paths.scores(family.id));
  if (page.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('scores.title')}>
        <LoadState state={page.state} />
      </FamilyPage>
    );
  }
  const { doelen } = page.state.data;
  return (
    <FamilyPage title={t('scores.title')}>
      <Paragraph purpose="lead">{t('scores.intro')}</Paragraph>
      {doelen.length === 0 && <Paragraph>{t('scores.nothing')}</Paragraph>}
      {doelen.map((doel) => (
        <DoelScores key={doel.itemKey} doel={doel} familyId={family.id} onSent={page.reload} />
      ))}
    </FamilyPage>
  );
}

function DoelScores({ doel, familyId, onSent }: { doel: ScoreDoel; familyId: string; onSent: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const headingId = `doel-${doel.itemKey}`;
  const mine = doel.scores.filter((s) => s.isMine);
  const shared = doel.scores.filter((s) => !s.isMine);
  const waiting = usePending((p) => p.what === 'score' && p.familyId === familyId && (p.body as NewScore | undefined)?.itemKey === doel.itemKey);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const first = mine[0]?.value;
  const last = mine.at(-1)?.value;
  return (
    <section className="onsplan-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {doel.what}
      </Heading>
      <ul className="onsplan-score-ends">
        {doel.scaleLow || doel.scaleHigh ? (
          <>
            {doel.scaleLow && <li>{t('scores.scaleLow', { text: doel.scaleLow })}</li>}
            {doel.scaleHigh && <li>{t('scores.scaleHigh', { text: doel.scaleHigh })}</li>}
          </>
        ) : (
          <li>{t('scores.scaleNone')}</li>
        )}
      </ul>
      {doel.readerChoices && <ScoreForm doel={doel} familyId={familyId} onSent={onSent} />}
      {waiting.length > 0 && (
        <ul className="onsplan-pending">
          {waiting.map((p) => (
            <li key={p.clientId}>
              {t('scores.waiting', { value: (p.body as NewScore).value })} <PendingState item={p} />
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>{t('scores.historyTitle')}</Heading>
      {mine.length === 0 ? (
        <Paragraph>{t('scores.chartEmpty')}</Paragraph>
      ) : (
        <>
          <ScoreHistory
            series={[{ name: t('scores.historyTitle'), points: mine.map((s) => ({ at: s.createdAt, value: s.value, note: s.note })) }]}
            words={{
              title: t('scores.chartTitle'),
              summary: t('scores.chartSummary', { count: mine.length, first, last }),
              tableCaption: t('scores.tableCaption'),
              date: t('scores.date'),
              score: t('scores.score'),
              note: t('scores.noteColumn'),
              who: t('scores.who'),
              formatDate: date,
            }}
          />
          <ReadAloud parts={speechOf(doel, mine, (key, options) => t(key, options ?? {}), date)} describedBy={headingId} />
          <details className="onsplan-details">
            <summary>{t('scores.removeSummary')}</summary>
            <Paragraph>{t('scores.removeIntro')}</Paragraph>
            <ul className="onsplan-list">
              {mine.map((s) => (
                <li key={s.id}>
                  <Link className="nl-link" to={`/plan/${familyId}/verzoeken/nieuw?score=${s.id}`}>
                    {t('scores.removeLink', { value: s.value, date: date(s.createdAt) })}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      {shared.length > 0 && (
        <>
          <Heading level={3}>{t('scores.sharedTitle')}</Heading>
          <ul className="onsplan-list">
            {shared.map((s) => (
              <li key={s.id}>
                {t('scores.sharedLine', { name: s.memberName ?? '', date: date(s.createdAt), value: s.value })}
                {s.note && <q className="onsplan-score-note">{s.note}</q>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What "Lees voor" says: the doel in the plan's Dutch, then each score in the member's language. */
function speechOf(doel: ScoreDoel, mine: readonly ScoreView[], t: (key: string, options?: Record<string, unknown>) => string, date: (iso: string) => string): SpeechPart[] {
  return [
    { text: t('scores.readAloudIntro'), source: 'screen' },
    { text: doel.what, source: 'plan' },
    ...mine.flatMap((s): SpeechPart[] => [
      { text: t('scores.readAloudLine', { date: date(s.createdAt), value: s.value }), source: 'screen' },
      ...(s.note ? [{ text: s.note, source: 'plan' as const }] : []),
    ]),
  ];
}

type ReadersChoice = 'professionals' | 'leden';

function ScoreForm({ doel, familyId, onSent }: { doel: ScoreDoel; familyId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string>();
  const [note, setNote] = useState('');
  const [readers, setReaders] = useState<ReadersChoice>('professionals');
  const [chosen, setChosen] = useState<string[]>([]);
  const [wrong, setWrong] = useState<('value' | 'readers')[]>([]);
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const idBase = `score-${doel.itemKey}`;
  const choices = doel.readerChoices ?? [];

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const form = event.currentTarget as HTMLFormElement;
    const problems: ('value' | 'readers')[] = [];
    if (value === undefined) problems.push('value');
    if (readers === 'leden' && chosen.length === 0) problems.push('readers');
    setWrong(problems);
    if (problems.length) return focusFirstInvalid(form);
    const body: NewScore = {
      clientId: clientId.current,
      itemKey: doel.itemKey,
      value: Number(value),
      ...(note.trim() ? { note: note.trim() } : {}),
      readers: readers === 'leden' ? { kind: 'leden', memberIds: chosen } : { kind: 'professionals' },
    };
    let waiting = false;
    const ok = await submit.run(async () => {
      waiting = (await write({ what: 'score', familyId, method: 'POST', path: paths.scores(familyId), clientId: clientId.current, body })).kind === 'waiting';
    });
    if (!ok) return;
    clientId.current = newClientId();
    setValue(undefined);
    setNote('');
    setReaders('professionals');
    setChosen([]);
    setDone(t(waiting ? 'offline.saved' : 'scores.sent'));
    await onSent();
  }

  return (
    <form noValidate onSubmit={(e) => void send(e)} className="onsplan-form">
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <div className="onsplan-score-scale-field">
        <Choice
          name={`${idBase}-value`}
          legend={t('scores.question')}
          error={wrong.includes('value') ? t('scores.chooseFirst') : undefined}
          options={Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }))}
          value={value}
          onChange={(v) => {
            setValue(v);
            setWrong((w) => w.filter((x) => x !== 'value'));
          }}
        />
      </div>
      <TextArea id={`${idBase}-note`} label={t('scores.note')} maxLength={500} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <Choice
        name={`${idBase}-readers`}
        legend={t('scores.readers')}
        options={[
          { value: 'professionals', label: t('scores.readersProfessionals') },
          ...(choices.length > 0 ? [{ value: 'leden' as const, label: t('scores.readersAlso') }] : []),
        ]}
        value={readers}
        onChange={setReaders}
      >
        {readers === 'leden' && (
          <MemberCheckboxes
            idBase={`${idBase}-members`}
            legend={t('scores.readersMembers')}
            error={wrong.includes('readers') ? t('scores.chooseMember') : undefined}
            members={choices}
            chosen={chosen}
            onChange={setChosen}
            nested
          />
        )}
      </Choice>
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('scores.send')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}
