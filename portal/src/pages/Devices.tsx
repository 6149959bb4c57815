import type { PasskeyView, SessionView } from '@onsplan/shared';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useApi, useSubmit, type Loaded } from '../api/useApi.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { BackLink, SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { focusAfterUpdate } from '../components/form-focus.ts';
import { useSignOut } from '../family/sign-out.ts';
import { formatDateTime } from '../format.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { PushSettings } from '../components/PushSettings/PushSettings.tsx';
import { useLocalCopy } from '../app/local-copy-context.ts';

/** "Mijn apparaten en inlogsleutels": where I am signed in and with which keys; end one or revoke one (REQUIREMENTS C2); notices on this phone. */
export function Devices() {
  const { t } = useTranslation();
  const sessions = useApi<SessionView[]>('/ik/sessies');
  const passkeys = useApi<PasskeyView[]>('/ik/inlogsleutels');
  const [done, setDone] = useState('');
  const onlyKey = passkeys.state.kind === 'ready' && passkeys.state.data.length === 1;

  return (
    <SignedInPage title={t('devices.title')}>
      <BackLink to="/plan" label={t('nav.backToPlan')} />
      <Paragraph purpose="lead">{t('devices.intro')}</Paragraph>
      <p role="status" className="onsplan-status" id="apparaten-status" tabIndex={-1}>
        {done}
      </p>
      <section className="onsplan-section" aria-labelledby="sessies-titel">
        <Heading level={2} id="sessies-titel">
          {t('devices.sessionsTitle')}
        </Heading>
        <Paragraph>{t('devices.sessionsIntro')}</Paragraph>
        <Listed loaded={sessions.state} empty={null}>
          {(list) =>
            list.map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                onEnded={async () => {
                  setDone(t('devices.ended', { device: s.device }));
                  await sessions.reload();
                  focusAfterUpdate('apparaten-status');
                }}
              />
            ))
          }
        </Listed>
      </section>
      <section className="onsplan-section" aria-labelledby="sleutels-titel">
        <Heading level={2} id="sleutels-titel">
          {t('devices.passkeysTitle')}
        </Heading>
        <Paragraph>{t('devices.passkeysIntro')}</Paragraph>
        <Listed loaded={passkeys.state} empty={t('devices.none')}>
          {(list) =>
            list.map((k) => (
              <PasskeyCard
                key={k.id}
                passkey={k}
                only={onlyKey}
                reload={passkeys.reload}
                onRevoked={async () => {
                  setDone(t('devices.revoked', { name: k.name }));
                  await passkeys.reload();
                  focusAfterUpdate('apparaten-status');
                }}
              />
            ))
          }
        </Listed>
      </section>
      <PushSettings />
    </SignedInPage>
  );
}

/** A loaded list as cards, with the wait message, a problem, or a line when it is empty. */
function Listed<T>({ loaded, empty, children }: { loaded: Loaded<T[]>; empty: string | null; children: (list: T[]) => ReactNode }) {
  if (loaded.kind !== 'ready') return <LoadState state={loaded} />;
  if (!loaded.data.length) return empty ? <Paragraph>{empty}</Paragraph> : null;
  return <ul className="onsplan-cards">{children(loaded.data)}</ul>;
}

function SessionCard({ session: s, onEnded }: { session: SessionView; onEnded: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Ending this device's session wipes the phone: writes still waiting would go with it.
  const unsent = useLocalCopy().snapshot.pending.length;
  const submit = useSubmit();
  const signOut = useSignOut();
  const title = `sessie-${s.id}`;

  async function end() {
    const ok = await submit.run(() => api(`/ik/sessies/${s.id}`, { method: 'DELETE' }));
    if (!ok) return;
    // This device's session is gone: leave the way signing out does, so the same clean-up runs.
    if (s.isCurrent) await signOut();
    else await onEnded();
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title" id={title}>
        {s.device}
      </p>
      {s.isCurrent && (
        <p className="onsplan-status-line">
          <strong className="onsplan-badge onsplan-badge--ok">{t('devices.thisDevice')}</strong>
        </p>
      )}
      <dl className="onsplan-facts">
        <div>
          <dt>{t('devices.since')}</dt>
          <dd>
            <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('devices.lastSeen')}</dt>
          <dd>
            <time dateTime={s.lastSeenAt}>{formatDateTime(s.lastSeenAt, i18n.language)}</time>
          </dd>
        </div>
      </dl>
      <ConfirmStep
        idBase={title}
        describedBy={title}
        label={t('devices.endSession')}
        question={s.isCurrent ? [t('devices.confirmEndCurrent'), unsent > 0 ? t('app.signOutUnsent', { count: unsent }) : ''].join(' ').trim() : t('devices.confirmEnd')}
        yes={t('devices.yesEnd')}
        busy={submit.busy}
        problem={submit.problem}
        onConfirm={() => void end()}
      />
    </li>
  );
}

function PasskeyCard({ passkey: k, only, onRevoked, reload }: { passkey: PasskeyView; only: boolean; onRevoked: () => Promise<void>; reload: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const title = `sleutel-${k.id}`;

  async function revoke() {
    const ok = await submit.run(() => api(`/ik/inlogsleutels/${encodeURIComponent(k.id)}`, { method: 'DELETE' }));
    // 409 laatste-inlogsleutel: another device revoked the other key meanwhile; the fresh list says so.
    await (ok ? onRevoked() : reload());
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title onsplan-break" id={title}>
        {k.name}
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('devices.made')}</dt>
          <dd>
            <time dateTime={k.createdAt}>{formatDateTime(k.createdAt, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('devices.lastUsed')}</dt>
          <dd>{k.lastUsedAt ? <time dateTime={k.lastUsedAt}>{formatDateTime(k.lastUsedAt, i18n.language)}</time> : t('devices.neverUsed')}</dd>
        </div>
      </dl>
      {k.backedUp && <p className="onsplan-meta">{t('devices.backedUp')}</p>}
      {only ? (
        <p className="onsplan-meta">{t('devices.onlyKey')}</p>
      ) : (
        <ConfirmStep
          idBase={title}
          describedBy={title}
          label={t('devices.revoke')}
          question={t('devices.confirmRevoke')}
          yes={t('devices.yesRevoke')}
          busy={submit.busy}
          problem={submit.problem}
          onConfirm={() => void revoke()}
        />
      )}
    </li>
  );
}
