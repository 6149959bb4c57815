import { planSections, type CommentList, type EigenVerklaringList, type PlanItemView, type PlanView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { usePrintLog } from '../api/print-log.ts';
import { Comments } from '../components/Comments/Comments.tsx';
import { threadsOf, type Thread } from '../components/Comments/threads.ts';
import { EigenVerklaring } from '../components/Correction/Correction.tsx';
import { InstemmingPrompt } from '../components/InstemmingPrompt/InstemmingPrompt.tsx';
import { ConsentRequestLine } from './ConsentRequests.tsx';
import { NextAfspraakLine } from './Afspraken.tsx';
import { SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { PlanItem } from '../components/PlanItem/PlanItem.tsx';
import { WhoSees } from '../components/Readers/Readers.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { useFamily } from '../family/context.ts';
import { screenHref, screensFor } from '../family/screens.ts';
import { formatDate } from '../format.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { NewMessages } from '../components/NewMessages/NewMessages.tsx';
import { PrintSheet, usePrinting } from '../components/PrintSheet/PrintSheet.tsx';
import { ReadAloud } from '../components/ReadAloud/ReadAloud.tsx';

/** "Our plan": the family plan as the server filtered it for this member (or helper), in three parts, with comments. A professional reads it in her workspace. */
export function Plan() {
  const { t, i18n } = useTranslation();
  const { me, family } = useFamily();
  const plan = useApi<PlanView>(paths.plan(family.id));
  const comments = useApi<CommentList>(paths.comments(family.id));
  const verklaringen = useApi<EigenVerklaringList>(paths.eigenVerklaringen(family.id));
  const printing = usePrinting();
  usePrintLog(family.id, 'plan');

  if (plan.state.kind !== 'ready') {
    return (
      <SignedInPage title={t('plan.title')}>
        <LoadState state={plan.state} />
      </SignedInPage>
    );
  }

  const view = plan.state.data;
  const list = comments.state.kind === 'ready' ? comments.state.data.comments : [];
  const date = formatDate(view.version.publishedAt, i18n.language);
  const bySection = (section: (typeof planSections)[number]): PlanItemView[] => view.items.filter((i) => i.section === section);
  const shownKeys = new Set(view.items.map((i) => i.key));
  const threadsAbout = (itemKey: string | null): Thread[] =>
    threadsOf(list.filter((c) => (itemKey === null ? c.itemKey === null || !shownKeys.has(c.itemKey) : c.itemKey === itemKey)));
  const includesYou = me.kind === 'member';
  const reloadComments = comments.reload;
  const menu = screensFor(me.kind);
  const verklaringenOf = (itemKey: string) => (verklaringen.state.kind === 'ready' ? verklaringen.state.data.eigenVerklaringen.filter((v) => v.target.kind === 'plan-item' && v.target.id === itemKey) : []);

  return (
    <SignedInPage title={view.title}>
      {me.actingFor && <Paragraph className="onsplan-note">{t('plan.helperFor', { name: me.actingFor.name })}</Paragraph>}
      <Paragraph purpose="lead" lang="nl" dir="auto">
        {view.summary}
      </Paragraph>
      <Paragraph className="onsplan-meta">{t('plan.version', { number: view.version.number, date })}</Paragraph>
      {menu.length > 0 && (
        <nav aria-label={t('app.mainNav')} className="onsplan-menu">
          <ul>
            {menu.map((s) => (
              <li key={s.path}>
                <Link replace className="nl-link" to={screenHref(s, family.id)}>
                  {/* A helper reads about the member: "Wie heeft de gegevens van Samira bekeken?" where a screen has such words. */}
                  {t(s.key, me.actingFor ? { context: 'helper', name: me.actingFor.name } : {})}
                </Link>
              </li>
            ))}
            {/* Only a youth has this screen; the server answers 403 to anyone else. */}
            {me.kind === 'member' && family.members.find((m) => m.isMe)?.role === 'jeugdige' && (
              <li>
                <Link replace className="nl-link" to={`/plan/${family.id}/wat-zien-je-ouders`}>
                  {t('youthSay.title')}
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <InstemmingPrompt familyId={family.id} />
      <ConsentRequestLine familyId={family.id} />
      <NextAfspraakLine familyId={family.id} />
      {comments.state.kind === 'problem' && <ProblemMessage messageKey={comments.state.key} />}
      {verklaringen.state.kind === 'problem' && <ProblemMessage messageKey={verklaringen.state.key} />}
      {comments.state.kind === 'ready' && <NewReplies familyId={family.id} list={comments.state.data} onRead={reloadComments} />}
      {!view.items.length && <Paragraph>{t('plan.empty')}</Paragraph>}
      {view.items.length > 0 && (
        <p className="onsplan-no-print">
          <Button purpose="secondary" type="button" onClick={() => window.print()}>
            {t('plan.print')}
          </Button>
        </p>
      )}
      {planSections.map((section) => (
        <section key={section} className={`onsplan-section onsplan-section--${section}`} aria-labelledby={`section-${section}`}>
          <Heading level={2} id={`section-${section}`}>
            {t(`plan.section.${section}`)}
          </Heading>
          <Paragraph className="onsplan-section__intro">{t(`plan.sectionIntro.${section}`)}</Paragraph>
          {bySection(section).length ? (
            bySection(section).map((item) => (
              <PlanItem key={item.id} item={item}>
                <ReadAloud item={item} describedBy={`item-${item.id}`} />
                <WhoSees readers={item.readers} includesYou={includesYou} />
                {verklaringenOf(item.key).map((v) => (
                  <EigenVerklaring key={v.id} verklaring={v} />
                ))}
                <p className="onsplan-item__correct">
                  <Link replace className="nl-link" to={`/plan/${family.id}/verzoeken/nieuw?onderdeel=${item.key}`} aria-describedby={`item-${item.id}`}>
                    {t('correction.fromItem')}
                  </Link>
                </p>
                {comments.state.kind === 'ready' && (
                  <Comments
                    familyId={family.id}
                    itemKey={item.key}
                    aboutId={`item-${item.id}`}
                    threads={threadsAbout(item.key)}
                    canStart
                    commentReaders={item.commentReaders}
                    includesYou={includesYou}
                    onChanged={reloadComments}
                  />
                )}
              </PlanItem>
            ))
          ) : (
            <Paragraph>{t('plan.nothingInSection')}</Paragraph>
          )}
        </section>
      ))}
      <section className="onsplan-section" aria-labelledby="section-plan-comments">
        <Heading level={2} id="section-plan-comments">
          {t('comments.planTitle')}
        </Heading>
        <Paragraph className="onsplan-section__intro">{t('comments.planIntro')}</Paragraph>
        {comments.state.kind === 'ready' && (
          <Comments
            familyId={family.id}
            itemKey={null}
            aboutId="section-plan-comments"
            threads={threadsAbout(null)}
            canStart
            commentReaders={view.commentReaders}
            includesYou={includesYou}
            onChanged={reloadComments}
            headingLevel={3}
          />
        )}
      </section>
      {printing && <PrintSheet plan={view} forName={me.actingFor?.name ?? me.name} date={date} />}
    </SignedInPage>
  );
}

/** Says how many new replies there are and lets the person mark them as read. */
function NewReplies({ familyId, list, onRead }: { familyId: string; list: CommentList; onRead: () => Promise<void> }) {
  const { t } = useTranslation();
  const fresh = list.comments.filter((c) => c.isNew).map((c) => c.createdAt);
  return (
    <NewMessages
      fresh={fresh}
      seenPath={`/gezinnen/${familyId}/reacties/leesbevestiging`}
      words={{ title: t('comments.newTitle'), count: t('comments.newCount', { count: fresh.length }), how: t('comments.newHow') }}
      onRead={onRead}
    />
  );
}
