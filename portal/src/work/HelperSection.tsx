import type { HelperView, HelpersOverview } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemKey } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { formatDate } from '../format.ts';
import { WorkProblem } from './WorkProblem.tsx';

/**
 * The helpers (ervaringsdeskundigen) of the family's members, with what each may do and until when.
 * The regisseur can end a machtiging at once, with a reason for the file (issue 11); whether she may
 * is the server's answer, so a betrokken professional who tries gets its refusal.
 */
export function HelperSection({ familyId, mayEnd }: { familyId: string; mayEnd: boolean }) {
  const { t, i18n } = useTranslation('werk');
  const helpers = useApi<HelpersOverview>(`/gezinnen/${familyId}/helpers`);
  const [ending, setEnding] = useState<HelperView>();
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="helpers">
      <h2 id="helpers">{t('helpers.title')}</h2>
      <p role="status" className="onsplan-status" id="helpers-status" tabIndex={-1}>
        {done}
      </p>
      {helpers.state.kind === 'problem' && <WorkProblem messageKey={helpers.state.key} />}
      {helpers.state.kind === 'ready' && helpers.state.data.helpers.length === 0 && <Paragraph>{t('helpers.none')}</Paragraph>}
      {helpers.state.kind === 'ready' && helpers.state.data.helpers.length > 0 && (
        <table className="onsplan-work-table">
          <thead>
            <tr>
              <th scope="col">{t('helpers.helper')}</th>
              <th scope="col">{t('helpers.for')}</th>
              <th scope="col">{t('helpers.scopes')}</th>
              <th scope="col">{t('helpers.until')}</th>
              {mayEnd && <th scope="col">{t('helpers.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {helpers.state.data.helpers.map((h) => (
              <tr key={h.delegationId}>
                <th scope="row" id={`helper-${h.delegationId}`}>
                  {h.helperName}
                </th>
                <td>{h.memberName}</td>
                <td>{h.scopes.map((s) => t(`helpers.scope.${s}`)).join(', ')}</td>
                <td>{formatDate(h.lastDay, i18n.language)}</td>
                {mayEnd && (
                  <td>
                    <Button purpose="secondary" hint="negative" type="button" aria-describedby={`helper-${h.delegationId}`} onClick={() => setEnding(h)}>
                      {t('helpers.end')}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ending && (
        <EndForm
          familyId={familyId}
          helper={ending}
          onCancel={() => setEnding(undefined)}
          onEnded={async () => {
            setEnding(undefined);
            setDone(t('helpers.ended', { helper: ending.helperName, member: ending.memberName }));
            await helpers.reload();
            document.getElementById('helpers-status')?.focus();
          }}
        />
      )}
    </section>
  );
}

function EndForm({ familyId, helper, onCancel, onEnded }: { familyId: string; helper: HelperView; onCancel: () => void; onEnded: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('helpers.reasonNeeded'));
    setError(undefined);
    setBusy(true);
    try {
      await api(`/gezinnen/${familyId}/helpers/${helper.delegationId}/beeindiging`, { method: 'POST', body: { reason: reason.trim() } });
      await onEnded();
    } catch (e) {
      setProblem(problemKey(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate className="onsplan-form" aria-labelledby="helper-beeindigen" onSubmit={(e) => void send(e)}>
      <h3 id="helper-beeindigen">{t('helpers.endTitle', { helper: helper.helperName, member: helper.memberName })}</h3>
      <ErrorSummary title={t('helpers.errors')} errors={error ? [{ fieldId: 'helper-reden', text: error }] : []} />
      {problem && <WorkProblem messageKey={problem} />}
      <Paragraph>{t('helpers.endEffect', { helper: helper.helperName, member: helper.memberName })}</Paragraph>
      <TextArea id="helper-reden" label={t('helpers.reason')} hint={t('helpers.reasonHint')} error={error} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <div className="onsplan-actions">
        <Button purpose="primary" hint="negative" type="submit" busy={busy}>
          {t('helpers.confirmEnd')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('helpers.cancel')}
        </Button>
      </div>
    </form>
  );
}
