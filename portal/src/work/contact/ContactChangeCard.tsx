import type { AcceptContactChange, ContactChangeView, FamilySummary, ShieldReason } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useSubmit } from '../../api/useApi.ts';
import { MemberCheckboxes } from '../../components/MemberCheckboxes/MemberCheckboxes.tsx';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { focusAfterUpdate } from '../../components/form-focus.ts';
import { formatDateTime } from '../../format.ts';
import { ShieldReasonChoice } from '../ShieldReasonChoice.tsx';
import { WorkProblem } from '../WorkProblem.tsx';

/**
 * One proposed change: the values, and while open: accept (an address optionally hidden from more
 * named members, by the regisseur, with a reason chosen on purpose) or decline.
 */
export function ContactChangeCard({ change, family, mayShield, onDecided }: { change: ContactChangeView; family: FamilySummary; mayShield: boolean; onDecided: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const [shield, setShield] = useState<string[]>([]);
  const [shieldReason, setShieldReason] = useState<ShieldReason>();
  const [shieldReasonText, setShieldReasonText] = useState('');
  const [shieldErrors, setShieldErrors] = useState<{ reason?: string; text?: string }>({});
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  const open = change.status === 'voorgesteld';
  // Who is hidden from it already stays so; the choice is whom to hide it from as well.
  const already = new Set((change.shieldedFrom ?? []).map((m) => m.memberId));
  const others = family.members.filter((m) => m.id !== change.memberId && !already.has(m.id));
  const titleId = `wijziging-${change.id}`;
  const by = change.proposedBy;

  async function decide(kind: 'accept' | 'decline') {
    if (kind === 'accept' && shield.length) {
      const found = { ...(!shieldReason ? { reason: t('errors.reason') } : {}), ...(shieldReason === 'anders' && !shieldReasonText.trim() ? { text: t('errors.reasonText') } : {}) };
      setShieldErrors(found);
      if (found.reason || found.text) return;
    }
    const accept: AcceptContactChange = shield.length ? { shieldedFrom: shield, reason: shieldReason!, ...(shieldReason === 'anders' ? { reasonText: shieldReasonText.trim() } : {}) } : {};
    const body = kind === 'accept' ? accept : reason.trim() ? { reason: reason.trim() } : {};
    const ok = await submit.run(async () => {
      await api(paths.contactChangeDecision(family.id, change.id, kind === 'accept' ? 'akkoord' : 'afwijzing'), { method: 'POST', body });
    });
    if (!ok) return;
    await onDecided();
    focusAfterUpdate(titleId);
  }

  return (
    <li className="onsplan-work-card">
      <h3 id={titleId} tabIndex={-1}>
        {change.memberName ? `${change.memberName}: ` : ''}
        {t(`contactChanges.field.${change.field}`)}
      </h3>
      <dl className="onsplan-work-facts">
        <dt>{t('contactChanges.newValue')}</dt>
        <dd>{change.value}</dd>
        {change.currentValue && (
          <>
            <dt>{t('contactChanges.oldValue')}</dt>
            <dd>{change.currentValue}</dd>
          </>
        )}
        <dt>{t('contactChanges.status')}</dt>
        <dd>{t(`contactChanges.state.${change.status}`)}</dd>
        <dt>{t('contactChanges.proposedAt')}</dt>
        <dd>{formatDateTime(change.proposedAt, i18n.language)}</dd>
        {by.name && (
          <>
            <dt>{t('contactChanges.proposedBy')}</dt>
            <dd>{by.onBehalfOf ? t('contactChanges.byHelper', { name: by.name, member: by.onBehalfOf }) : by.name}</dd>
          </>
        )}
        {change.shieldedFrom && change.shieldedFrom.length > 0 && (
          <>
            <dt>{t('contactChanges.shieldedFrom')}</dt>
            <dd>{change.shieldedFrom.map((m) => m.firstName).join(', ')}</dd>
          </>
        )}
        {change.decision && (
          <>
            <dt>{t('contactChanges.decision')}</dt>
            <dd>{t('contactChanges.decisionBy', { name: change.decision.by.name, date: formatDateTime(change.decision.at, i18n.language) })}</dd>
          </>
        )}
        {change.decision?.reason && (
          <>
            <dt>{t('contactChanges.declineReason')}</dt>
            <dd>{change.decision.reason}</dd>
          </>
        )}
      </dl>
      {open && (
        <div className="onsplan-decide">
          {submit.problem && <WorkProblem messageKey={submit.problem} />}
          {mayShield && change.field === 'adres' && others.length > 0 && (
            <MemberCheckboxes
              idBase={`schild-${change.id}`}
              legend={t('contactChanges.shieldLegend')}
              hint={t('contactChanges.shieldHint')}
              members={others}
              chosen={shield}
              onChange={setShield}
            />
          )}
          {shield.length > 0 && (
            <ShieldReasonChoice
              name={`schild-reden-${change.id}`}
              textId={`schild-toelichting-${change.id}`}
              reason={shieldReason}
              reasonText={shieldReasonText}
              reasonError={shieldErrors.reason}
              textError={shieldErrors.text}
              onReason={setShieldReason}
              onReasonText={setShieldReasonText}
            />
          )}
          <Button purpose="primary" type="button" busy={submit.busy} aria-describedby={titleId} onClick={() => void decide('accept')}>
            {t(shield.length ? 'contactChanges.acceptShielded' : 'contactChanges.accept')}
          </Button>
          <TextArea id={`reden-${change.id}`} label={t('contactChanges.declineReason')} rows={2} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <Button purpose="secondary" type="button" busy={submit.busy} aria-describedby={titleId} onClick={() => void decide('decline')}>
            {t('contactChanges.decline')}
          </Button>
        </div>
      )}
    </li>
  );
}
