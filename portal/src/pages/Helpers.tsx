import {
  addMonths,
  defaultDelegationMonths,
  delegationScopes,
  dutchDay,
  type DelegationScope,
  type HelperView,
  type HelpersOverview,
  type IssuedDelegationInvitation,
  type NewDelegationInvitation,
  type OpenDelegationInvitationView,
} from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { focusAfterUpdate } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { useFamily } from '../family/context.ts';
import { formatDate } from '../format.ts';

/** What a member can give besides reading, which always comes with help. */
const choosable = delegationScopes.filter((s) => s !== 'lezen');

/**
 * "Wie helpt mij?" (issue 11): the member's helpers with what they may do and until when, her open
 * invitations, and a new invitation with a code. She stops help at once, after one question.
 */
export function Helpers() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const overview = useApi<HelpersOverview>(paths.helpers(family.id));
  const [done, setDone] = useState('');

  async function changed(message: string) {
    setDone(message);
    await overview.reload();
    focusAfterUpdate('hulp-status');
  }

  return (
    <FamilyPage title={t('helpers.title')}>
      <Paragraph purpose="lead">{t('helpers.intro')}</Paragraph>
      <p role="status" className="onsplan-status" id="hulp-status" tabIndex={-1}>
        {done}
      </p>
      <section className="onsplan-section" aria-labelledby="helpers-titel">
        <Heading level={2} id="helpers-titel">
          {t('helpers.listTitle')}
        </Heading>
        {overview.state.kind !== 'ready' ? (
          <LoadState state={overview.state} />
        ) : overview.state.data.helpers.length === 0 ? (
          <Paragraph>{t('helpers.none')}</Paragraph>
        ) : (
          <ul className="onsplan-cards">
            {overview.state.data.helpers.map((h) => (
              <HelperCard
                key={h.delegationId}
                helper={h}
                onEnded={() => changed(t('helpers.ended', { name: h.helperName }))}
                onChanged={() => changed(t('helpers.changed', { name: h.helperName }))}
              />
            ))}
          </ul>
        )}
      </section>
      {overview.state.kind === 'ready' && overview.state.data.invitations.length > 0 && (
        <section className="onsplan-section" aria-labelledby="uitnodigingen-titel">
          <Heading level={2} id="uitnodigingen-titel">
            {t('helpers.openTitle')}
          </Heading>
          <ul className="onsplan-cards">
            {overview.state.data.invitations.map((i) => (
              <InvitationCard key={i.id} invitation={i} onWithdrawn={() => changed(t('helpers.withdrawn', { name: i.helperName }))} />
            ))}
          </ul>
        </section>
      )}
      <InviteForm onInvited={() => void overview.reload()} />
    </FamilyPage>
  );
}

/** The scopes in words, as a list: reading first, then what else she may do. */
function ScopeList({ scopes, id }: { scopes: readonly DelegationScope[]; id: string }) {
  const { t } = useTranslation();
  return (
    <ul className="onsplan-list" id={id}>
      {scopes.map((s) => (
        <li key={s}>{t(`helpers.scope.${s}`)}</li>
      ))}
    </ul>
  );
}

function HelperCard({ helper: h, onEnded, onChanged }: { helper: HelperView; onEnded: () => Promise<void>; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { family } = useFamily();
  const submit = useSubmit();
  const title = `helper-${h.delegationId}`;
  const [changing, setChanging] = useState(false);

  async function end() {
    if (await submit.run(() => api(paths.endHelp(family.id, h.delegationId), { method: 'POST', body: {} }))) await onEnded();
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title" id={title}>
        {h.helperName}
      </p>
      <p className="onsplan-meta">{t('helpers.mayDo')}</p>
      <ScopeList scopes={h.scopes} id={`${title}-mag`} />
      <p>{t('helpers.until', { date: formatDate(h.lastDay, i18n.language) })}</p>
      {changing ? (
        <ChangeForm
          helper={h}
          onCancel={() => setChanging(false)}
          onChanged={async () => {
            setChanging(false);
            await onChanged();
          }}
        />
      ) : (
        <p>
          <Button purpose="secondary" type="button" aria-describedby={title} onClick={() => setChanging(true)}>
            {t('helpers.change')}
          </Button>
        </p>
      )}
      <ConfirmStep
        idBase={title}
        describedBy={title}
        label={t('helpers.stop')}
        question={t('helpers.confirmStop', { name: h.helperName })}
        yes={t('helpers.yesStop')}
        busy={submit.busy}
        problem={submit.problem}
        onConfirm={() => void end()}
      />
    </li>
  );
}

/** Change what she may do, or until when; it counts from her next step in the app. */
function ChangeForm({ helper: h, onCancel, onChanged }: { helper: HelperView; onCancel: () => void; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { family } = useFamily();
  const [scopes, setScopes] = useState<DelegationScope[]>(h.scopes.filter((s) => s !== 'lezen'));
  const [lastDay, setLastDay] = useState(h.lastDay);
  const [error, setError] = useState<string>();
  const submit = useSubmit();
  const idBase = `wijzig-${h.delegationId}`;

  async function send(event: FormEvent) {
    event.preventDefault();
    const today = dutchDay(new Date());
    if (!endDayOk(lastDay, today)) return setError(t('problem.einddatum-te-ver'));
    setError(undefined);
    if (await submit.run(() => api(paths.helper(family.id, h.delegationId), { method: 'PATCH', body: { scopes, lastDay } }))) await onChanged();
  }

  return (
    <form noValidate className="onsplan-form" aria-label={t('helpers.changeTitle', { name: h.helperName })} onSubmit={(e) => void send(e)}>
      <ErrorSummary title={t('helpers.form.errors')} errors={error ? [{ fieldId: `${idBase}-tot`, text: error }] : []} />
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <ScopesAndEnd idBase={idBase} scopes={scopes} onScopes={setScopes} lastDay={lastDay} onLastDay={setLastDay} error={error} />
      <div className="onsplan-actions">
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {submit.busy ? t('app.busy') : t('helpers.save')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('helpers.cancel')}
        </Button>
      </div>
    </form>
  );
}

function InvitationCard({ invitation: i, onWithdrawn }: { invitation: OpenDelegationInvitationView; onWithdrawn: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { family } = useFamily();
  const submit = useSubmit();
  const title = `uitnodiging-${i.id}`;

  async function withdraw() {
    if (await submit.run(() => api(paths.helperInvitation(family.id, i.id), { method: 'DELETE' }))) await onWithdrawn();
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title" id={title}>
        {i.helperName}
      </p>
      <p>{t('helpers.codeWorksUntil', { date: formatDate(i.expiresAt, i18n.language) })}</p>
      <ScopeList scopes={i.scopes} id={`${title}-mag`} />
      <ConfirmStep
        idBase={title}
        describedBy={title}
        label={t('helpers.withdraw')}
        question={t('helpers.confirmWithdraw')}
        yes={t('helpers.yesWithdraw')}
        busy={submit.busy}
        problem={submit.problem}
        onConfirm={() => void withdraw()}
      />
    </li>
  );
}

const ids = { name: 'hulp-naam', lastDay: 'hulp-tot' } as const;

/** A day after today and at most 12 months ahead, as the server will check it too. */
function endDayOk(lastDay: string, today: string): boolean {
  return lastDay > today && lastDay <= addMonths(today, 12);
}

/** What the helper may do and until when: the invitation and a change ask the same. */
function ScopesAndEnd(props: { idBase: string; scopes: DelegationScope[]; onScopes: (s: DelegationScope[]) => void; lastDay: string; onLastDay: (d: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const { idBase, scopes, onScopes, lastDay, onLastDay, error } = props;
  const today = dutchDay(new Date());
  return (
    <>
      <fieldset className="onsplan-field onsplan-choice" aria-describedby={`${idBase}-mag-hint`}>
        <legend className="onsplan-field__label">{t('helpers.form.scopes')}</legend>
        <p className="onsplan-field__hint" id={`${idBase}-mag-hint`}>
          {t('helpers.form.scopesHint')}
        </p>
        {choosable.map((s) => (
          <div key={s} className="onsplan-choice__option">
            <input
              type="checkbox"
              className="onsplan-choice__input"
              id={`${idBase}-mag-${s}`}
              checked={scopes.includes(s)}
              onChange={(e) => onScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
            />
            <label className="onsplan-choice__label" htmlFor={`${idBase}-mag-${s}`}>
              {t(`helpers.scope.${s}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField id={`${idBase}-tot`} type="date" label={t('helpers.form.lastDay')} hint={t('helpers.form.lastDayHint')} error={error} value={lastDay} min={today} max={addMonths(today, 12)} onChange={(e) => onLastDay(e.target.value)} />
    </>
  );
}

/** A new invitation: her name, what she may do, until when; then the code, shown once. */
function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { t, i18n } = useTranslation();
  const { family } = useFamily();
  const today = dutchDay(new Date());
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<DelegationScope[]>(['reageren']);
  const [lastDay, setLastDay] = useState(addMonths(today, defaultDelegationMonths));
  const [errors, setErrors] = useState<Partial<Record<keyof typeof ids, string>>>({});
  const [issued, setIssued] = useState<IssuedDelegationInvitation>();
  const submit = useSubmit();

  async function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(name.trim() ? {} : { name: t('helpers.form.nameNeeded') }),
      ...(endDayOk(lastDay, today) ? {} : { lastDay: t('problem.einddatum-te-ver') }),
    };
    setErrors(found);
    if (Object.keys(found).length) return;
    const body: NewDelegationInvitation = { helperName: name.trim(), scopes, lastDay };
    await submit.run(async () => {
      try {
        setIssued(await api<IssuedDelegationInvitation>(paths.helperInvitations(family.id), { method: 'POST', body }));
        onInvited();
        focusAfterUpdate('hulp-code-titel');
      } catch (error) {
        if (error instanceof ApiProblem && error.fields.includes('lastDay')) setErrors({ lastDay: t('problem.einddatum-te-ver') });
        throw error;
      }
    });
  }

  if (issued) {
    return (
      <section className="onsplan-section onsplan-notice" aria-labelledby="hulp-code-titel">
        <Heading level={2} id="hulp-code-titel" tabIndex={-1} className="onsplan-focus-target">
          {t('helpers.code.title', { name: issued.helperName })}
        </Heading>
        <Paragraph>{t('helpers.code.give')}</Paragraph>
        <p className="onsplan-letter__code" aria-describedby="hulp-code-uitleg">
          {issued.code}
        </p>
        <Paragraph id="hulp-code-uitleg">{t('helpers.code.where', { address: issued.address || window.location.origin })}</Paragraph>
        <Paragraph>{t('helpers.code.until', { date: formatDate(issued.expiresAt, i18n.language) })}</Paragraph>
        <Button purpose="secondary" type="button" onClick={() => setIssued(undefined)}>
          {t('helpers.code.done')}
        </Button>
      </section>
    );
  }

  const summary = (Object.keys(errors) as (keyof typeof ids)[]).map((k) => ({ fieldId: ids[k], text: errors[k]! }));
  return (
    <section className="onsplan-section" aria-labelledby="uitnodigen-titel">
      <Heading level={2} id="uitnodigen-titel">
        {t('helpers.form.title')}
      </Heading>
      <Paragraph>{t('helpers.form.intro')}</Paragraph>
      <form noValidate className="onsplan-form" onSubmit={(e) => void send(e)}>
        <ErrorSummary title={t('helpers.form.errors')} errors={summary} />
        {submit.problem && <ProblemMessage messageKey={submit.problem} />}
        <TextField id={ids.name} label={t('helpers.form.name')} hint={t('helpers.form.nameHint')} error={errors.name} value={name} maxLength={80} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        <ScopesAndEnd idBase="hulp" scopes={scopes} onScopes={setScopes} lastDay={lastDay} onLastDay={setLastDay} error={errors.lastDay} />
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {submit.busy ? t('app.busy') : t('helpers.form.send')}
        </Button>
      </form>
    </section>
  );
}
