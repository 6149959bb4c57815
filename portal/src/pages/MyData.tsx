import { planSections, type CommentView, type CorrectieTarget, type EigenVerklaringView, type FamilySummary, type MyDataExport, type PlanView, type ToestemmingStateView } from '@onsplan/shared';
import { helperWords, useActing } from '../family/acting-context.ts';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../api/paths.ts';
import { api, problemKey } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { usePrintLog } from '../api/print-log.ts';
import { Comment } from '../components/Comments/Comments.tsx';
import { EigenVerklaring, RequestCard } from '../components/Correction/Correction.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { readerWords } from '../components/LogLines/LogLines.tsx';
import { PlanItem } from '../components/PlanItem/PlanItem.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { LogEntry, logReader } from './AccessLog.tsx';
import { ChangeCard } from './Contact.tsx';
import { DocumentCard } from './Documents.tsx';
import { Answer } from './Instemming.tsx';
import { StateCard } from './Toestemming.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';

type T = ReturnType<typeof useTranslation>['t'];
const nothing = async () => {};

/**
 * "Mijn gegevens downloaden" (REQUIREMENTS A7): everything the portal holds about this person, as
 * the server filtered it, to save as a JSON file or to print. Every part is drawn with the same
 * parts as its own screen, read-only; a part the person has no view of (null) is left out.
 */
export function MyData() {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const self = selfMemberId(context);
  const loaded = useApi<MyDataExport>(paths.myData(context.family.id));
  const [saved, setSaved] = useState('');
  const [problem, setProblem] = useState<string>();
  const [fetchingFhir, setFetchingFhir] = useState(false);
  usePrintLog(context.family.id, 'mijn-gegevens');

  if (loaded.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('myData.title', words)}>
        <LoadState state={loaded.state} />
      </FamilyPage>
    );
  }
  const data = loaded.state.data;

  // The file is the answer this page shows: one request, one entry in the access log, nothing that differs.
  function download() {
    saveFile(`ons-plan-mijn-gegevens-${data.exportedAt.slice(0, 10)}.json`, 'application/json', data);
    setSaved(t('myData.downloaded'));
  }

  // The FHIR file is made by the server from the same filtered export; asking for it is an export of its own.
  async function downloadFhir() {
    setProblem(undefined);
    setFetchingFhir(true);
    try {
      const bundle = await api<{ timestamp?: string }>(paths.myDataFhir(context.family.id));
      saveFile(`ons-plan-mijn-gegevens-${(bundle.timestamp ?? data.exportedAt).slice(0, 10)}.fhir.json`, 'application/fhir+json', bundle);
      setSaved(t('myData.downloaded'));
    } catch (error) {
      setProblem(problemKey(error));
    } finally {
      setFetchingFhir(false);
    }
  }

  const shown = shownVerklaringen(data);
  const otherVerklaringen = data.eigenVerklaringen?.eigenVerklaringen.filter((v) => !shown.has(v.id));

  return (
    <FamilyPage title={t('myData.title', words)}>
      <Paragraph purpose="lead">{t('myData.intro')}</Paragraph>
      <Paragraph className="onsplan-meta">{t('myData.made', { date: formatDateTime(data.exportedAt, i18n.language) })}</Paragraph>
      <div className="onsplan-no-print">
        <Paragraph>{t('myData.how')}</Paragraph>
        {problem && <ProblemMessage messageKey={problem} />}
        {/* Each choice with its own one-line explanation right under it, so a phone shows them together. */}
        <ul className="onsplan-download-choices">
          <li>
            <Button purpose="primary" type="button" aria-describedby="mijn-gegevens-bestand" onClick={download}>
              {t('myData.download')}
            </Button>
            <Paragraph className="onsplan-meta" id="mijn-gegevens-bestand">
              {t('myData.downloadHint')}
            </Paragraph>
          </li>
          <li>
            <Button purpose="secondary" type="button" aria-describedby="mijn-gegevens-fhir" busy={fetchingFhir} onClick={() => void downloadFhir()}>
              {t('myData.downloadFhir')}
            </Button>
            <Paragraph className="onsplan-meta" id="mijn-gegevens-fhir">
              {t('myData.downloadFhirHint')}
            </Paragraph>
          </li>
          <li>
            <Button purpose="secondary" type="button" onClick={() => window.print()}>
              {t('myData.print')}
            </Button>
          </li>
        </ul>
        <p role="status" className="onsplan-status">
          {saved}
        </p>
      </div>

      <FamilyPart family={data.family} />
      {data.plan && <PlanPart plan={data.plan} verklaringen={data.eigenVerklaringen?.eigenVerklaringen ?? []} />}
      {data.comments && (
        <Part id="deel-reacties" title={t('myData.comments')} count={data.comments.comments.length}>
          <ol className="onsplan-cards">
            {data.comments.comments.map((c) => (
              <li key={c.id} className="onsplan-card">
                <p className="onsplan-meta">{t('myData.about', { what: commentAbout(c, data.plan, t) })}</p>
                <Comment comment={c} />
              </li>
            ))}
          </ol>
        </Part>
      )}
      {data.instemming && (
        <Part id="deel-instemming" title={t('myData.instemming')} count={data.instemming.mine.length}>
          <Paragraph>{t('myData.instemmingVersion', { number: data.instemming.version.number })}</Paragraph>
          {data.instemming.mine.map((m) => (
            <section key={m.memberId} className="onsplan-block" aria-labelledby={`instemming-${m.memberId}`}>
              <Heading level={3} id={`instemming-${m.memberId}`}>
                {m.forSelf ? t('instemming.yours', words) : t('instemming.forChild', { ...words, name: m.firstName })}
              </Heading>
              {m.answer ? <Answer answer={m.answer} /> : <Paragraph>{t('instemming.open')}</Paragraph>}
            </section>
          ))}
        </Part>
      )}
      {data.toestemming && (
        <Part id="deel-toestemming" title={t('toestemming.title')} count={data.toestemming.toestemmingen.length}>
          {bySubject(data.toestemming.toestemmingen).map(([memberId, states]) => (
            <section key={memberId} className="onsplan-block" aria-labelledby={`toestemming-${memberId}`}>
              <Heading level={3} id={`toestemming-${memberId}`}>
                {memberId === self ? t('toestemming.yourData', words) : t('toestemming.dataOf', { name: states[0]!.subject.firstName })}
              </Heading>
              <ul className="onsplan-cards">
                {states.map((s) => (
                  <StateCard key={`${s.recipient.kind}-${s.recipient.memberId ?? s.recipient.name}`} state={s} mayDecide={false} onChanged={nothing} historyOpen />
                ))}
              </ul>
            </section>
          ))}
        </Part>
      )}
      {data.correctieverzoeken && (
        <Part id="deel-verzoeken" title={t('correction.listTitle', words)} count={data.correctieverzoeken.correctieverzoeken.length}>
          <ul className="onsplan-cards">
            {data.correctieverzoeken.correctieverzoeken.map((r) => (
              // Read-only here: the form for an eigen verklaring stays on Mijn verzoeken.
              <RequestCard key={r.id} request={{ ...r, mayAddEigenVerklaring: false }} onChanged={nothing} />
            ))}
          </ul>
        </Part>
      )}
      {otherVerklaringen && (otherVerklaringen.length > 0 || shown.size === 0) && (
        <Part id="deel-verklaringen" title={t('myData.eigenVerklaringen')} count={otherVerklaringen.length}>
          {otherVerklaringen.map((v) => (
            <div key={v.id} className="onsplan-block">
              <p className="onsplan-meta">{t('myData.about', { what: verklaringAbout(v.target, data, t) })}</p>
              <EigenVerklaring verklaring={v} />
            </div>
          ))}
        </Part>
      )}
      {data.documents && (
        <Part id="deel-documenten" title={t('documents.title')} count={data.documents.documents.length}>
          <ul className="onsplan-cards">
            {data.documents.documents.map((d) => (
              <DocumentCard key={d.id} document={d} />
            ))}
          </ul>
        </Part>
      )}
      {data.contactChanges && (
        <Part id="deel-contact" title={t('myData.contactChanges')} count={data.contactChanges.changes.length}>
          <ul className="onsplan-cards">
            {data.contactChanges.changes.map((c) => (
              <ChangeCard key={c.id} change={c} />
            ))}
          </ul>
        </Part>
      )}
      {data.accessLog && (
        <Part id="deel-bekeken" title={t('accessLog.title', readerWords(logReader(context)))} count={data.accessLog.length}>
          <ol className="onsplan-log">
            {data.accessLog.map((entry) => (
              <LogEntry key={entry.id} entry={entry} reader={logReader(context)} />
            ))}
          </ol>
        </Part>
      )}
    </FamilyPage>
  );
}

/** Offers a file to save, made in the browser from what it already has. */
function saveFile(name: string, type: string, content: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** One part of the export under its own heading; an empty part says so instead of showing nothing. */
function Part({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="onsplan-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {count ? children : <Paragraph>{t('myData.none')}</Paragraph>}
    </section>
  );
}

function FamilyPart({ family }: { family: FamilySummary }) {
  const { t } = useTranslation();
  return (
    <Part id="deel-gezin" title={t('myData.family')} count={family.members.length}>
      <Paragraph>{family.name}</Paragraph>
      <ul className="onsplan-cards">
        {family.members.map((m) => (
          <li key={m.id} className="onsplan-card">
            <p className="onsplan-card__title">{m.isMe ? t('myData.me', { name: m.firstName }) : m.firstName}</p>
            <p className="onsplan-meta">{t(`myData.role.${m.role}`)}</p>
            {m.fields.length ? (
              <dl className="onsplan-facts">
                {m.fields.map((f) => (
                  <div key={f.id}>
                    <dt>{t(`contact.field.${f.field}`)}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              m.isMe && <p>{t('myData.noFields')}</p>
            )}
          </li>
        ))}
      </ul>
    </Part>
  );
}

function PlanPart({ plan, verklaringen }: { plan: PlanView; verklaringen: EigenVerklaringView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Part id="deel-plan" title={t('myData.plan')} count={plan.items.length}>
      <p className="onsplan-card__title">{plan.title}</p>
      <Paragraph>{plan.summary}</Paragraph>
      <Paragraph className="onsplan-meta">{t('plan.version', { number: plan.version.number, date: formatDate(plan.version.publishedAt, i18n.language) })}</Paragraph>
      {planSections.map((section) => {
        const items = plan.items.filter((i) => i.section === section);
        if (!items.length) return null;
        return (
          <section key={section} className={`onsplan-section onsplan-section--${section}`} aria-labelledby={`deel-plan-${section}`}>
            <Heading level={3} id={`deel-plan-${section}`}>
              {t(`plan.section.${section}`)}
            </Heading>
            {items.map((item) => (
              <PlanItem key={item.id} item={item} headingLevel={4}>
                {/* An eigen verklaring goes wherever its item is shown, on paper too (A3). */}
                {verklaringen
                  .filter((v) => v.target.kind === 'plan-item' && v.target.id === item.key)
                  .map((v) => (
                    <EigenVerklaring key={v.id} verklaring={v} />
                  ))}
              </PlanItem>
            ))}
          </section>
        );
      })}
    </Part>
  );
}

/** Eigen verklaringen already shown beside a plan item or with a request, so their own part does not repeat them. */
function shownVerklaringen(data: MyDataExport): Set<string> {
  const keys = new Set(data.plan?.items.map((i) => i.key) ?? []);
  const ids = new Set<string>();
  for (const v of data.eigenVerklaringen?.eigenVerklaringen ?? []) if (v.target.kind === 'plan-item' && keys.has(v.target.id)) ids.add(v.id);
  for (const r of data.correctieverzoeken?.correctieverzoeken ?? []) for (const v of r.eigenVerklaringen) ids.add(v.id);
  return ids;
}

function commentAbout(c: CommentView, plan: PlanView | null, t: T): string {
  if (c.itemKey === null) return t('myData.wholePlan');
  return plan?.items.find((i) => i.key === c.itemKey)?.what ?? t('correction.target.plan-item');
}

function verklaringAbout(target: CorrectieTarget, data: MyDataExport, t: T): string {
  const fallback = t(`correction.target.${target.kind}`);
  switch (target.kind) {
    case 'plan-item':
      return data.plan?.items.find((i) => i.key === target.id)?.what ?? fallback;
    case 'comment':
      return data.comments?.comments.find((c) => c.id === target.id)?.body ?? fallback;
    case 'member-field': {
      const field = data.family.members.flatMap((m) => m.fields).find((f) => f.id === target.id);
      return field ? t(`contact.field.${field.field}`) : fallback;
    }
    default:
      return fallback;
  }
}

function bySubject(states: ToestemmingStateView[]): [string, ToestemmingStateView[]][] {
  const groups = new Map<string, ToestemmingStateView[]>();
  for (const s of states) groups.set(s.subject.memberId, [...(groups.get(s.subject.memberId) ?? []), s]);
  return [...groups];
}
