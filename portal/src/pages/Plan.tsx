import type { FamilySummary, Me, PlanItemView, PlanView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiProblem } from '../api/client.ts';
import { Page } from '../components/Page/Page.tsx';
import { PlanItem } from '../components/PlanItem/PlanItem.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';

const sections = ['veiligheid', 'hulpverlening', 'herstel'] as const;

type State =
  | { kind: 'loading' }
  | { kind: 'problem'; key: string }
  | { kind: 'no-family'; me: Me }
  | { kind: 'choose'; me: Me; families: FamilySummary[] }
  | { kind: 'plan'; me: Me; plan: PlanView };

/** "My plan": the family plan as the server filtered it for this person, in three parts. */
export function Plan() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { familyId } = useParams();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let stale = false;
    (async () => {
      try {
        const me = await api<Me>('/me');
        const families = await api<FamilySummary[]>('/families');
        const chosen = familyId ?? (families.length === 1 ? families[0]!.id : undefined);
        if (!families.length) return !stale && setState({ kind: 'no-family', me });
        if (!chosen) return !stale && setState({ kind: 'choose', me, families });
        const plan = await api<PlanView>(`/families/${chosen}/plan`);
        if (!stale) setState({ kind: 'plan', me, plan });
      } catch (error) {
        if (stale) return;
        if (error instanceof ApiProblem && error.status === 401) return navigate('/inloggen', { replace: true, state: { problem: error.code } });
        setState({ kind: 'problem', key: error instanceof ApiProblem ? `problem.${error.code}` : 'problem.interne-fout' });
      }
    })();
    return () => {
      stale = true;
    };
  }, [familyId, navigate]);

  async function signOut() {
    await api('/auth/logout', { method: 'POST', body: {} }).catch(() => {});
    navigate('/uitgelogd', { replace: true });
  }

  const signOutButton = (
    <Button purpose="subtle" type="button" onClick={() => void signOut()}>
      {t('app.signOut')}
    </Button>
  );

  if (state.kind === 'loading') {
    return (
      <Page title={t('plan.title')} actions={signOutButton}>
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </Page>
    );
  }
  if (state.kind === 'problem') {
    return (
      <Page title={t('plan.title')} actions={signOutButton}>
        <ProblemMessage messageKey={state.key} />
      </Page>
    );
  }
  if (state.kind === 'no-family') {
    return (
      <Page title={t('plan.title')} actions={signOutButton}>
        <Paragraph>{t('plan.noFamily')}</Paragraph>
      </Page>
    );
  }
  if (state.kind === 'choose') {
    return (
      <Page title={t('plan.chooseFamily')} actions={signOutButton}>
        <ul className="onsplan-list">
          {state.families.map((f) => (
            <li key={f.id}>
              <Link replace className="nl-link" to={`/plan/${f.id}`}>
                {f.name}
              </Link>
            </li>
          ))}
        </ul>
      </Page>
    );
  }

  const { plan, me } = state;
  const date = new Date(plan.version.publishedAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  const bySection = (section: (typeof sections)[number]): PlanItemView[] => plan.items.filter((i) => i.section === section);
  return (
    <Page title={plan.title} actions={signOutButton}>
      {me.actingFor && <Paragraph className="onsplan-note">{t('plan.helperFor', { name: me.actingFor.name })}</Paragraph>}
      <Paragraph purpose="lead">{plan.summary}</Paragraph>
      <Paragraph className="onsplan-meta">{t('plan.version', { number: plan.version.number, date })}</Paragraph>
      {!plan.items.length && <Paragraph>{t('plan.empty')}</Paragraph>}
      {sections.map((section) => (
        <section key={section} className={`onsplan-section onsplan-section--${section}`} aria-labelledby={`section-${section}`}>
          <Heading level={2} id={`section-${section}`}>
            {t(`plan.section.${section}`)}
          </Heading>
          <Paragraph className="onsplan-section__intro">{t(`plan.sectionIntro.${section}`)}</Paragraph>
          {bySection(section).length ? bySection(section).map((item) => <PlanItem key={item.id} item={item} />) : <Paragraph>{t('plan.nothingInSection')}</Paragraph>}
        </section>
      ))}
    </Page>
  );
}
