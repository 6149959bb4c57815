import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/useApi.ts';
import { pushSupport, saveId, savedId, subscribe, unsubscribe, type PushSupport } from '../../push/push-seam.ts';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';

/**
 * "Meldingen op deze telefoon": notices are off until the person taps, per device, and can be
 * turned off again here. The notice never says more than that there is news.
 */
export function PushSettings() {
  const { t } = useTranslation();
  const [support, setSupport] = useState<PushSupport | 'laden'>('laden');
  const [done, setDone] = useState('');
  const submit = useSubmit();

  useEffect(() => {
    let live = true;
    void pushSupport()
      .catch((): PushSupport => 'kan-niet')
      .then((found) => live && setSupport(found));
    return () => {
      live = false;
    };
  }, []);

  async function turnOn() {
    await submit.run(async () => {
      const { publicKey } = await api<{ publicKey: string }>('/ik/meldingen');
      const subscription = await subscribe(publicKey);
      if (subscription === 'geblokkeerd') return setSupport('geblokkeerd');
      const { id } = await api<{ id: string }>('/ik/meldingen', { method: 'POST', body: { endpoint: subscription.endpoint, keys: subscription.keys } });
      saveId(id);
      setSupport('aan');
      setDone(t('push.turnedOn'));
    });
  }

  async function turnOff() {
    await submit.run(async () => {
      const id = savedId();
      // The browser forgets it first: even if the server is not reached now, its push service answers 410 later.
      await unsubscribe();
      if (id) await api(`/ik/meldingen/${id}`, { method: 'DELETE' }).catch(() => undefined);
      setSupport('kan');
      setDone(t('push.turnedOff'));
    });
  }

  return (
    <section className="onsplan-section" aria-labelledby="meldingen-titel">
      <Heading level={2} id="meldingen-titel">
        {t('push.title')}
      </Heading>
      <Paragraph>{t('push.intro')}</Paragraph>
      <Paragraph>{t('push.privacy')}</Paragraph>
      <p role="status" className="onsplan-status">
        {done}
      </p>
      {support === 'kan' && (
        <>
          {!done && <Paragraph>{t('push.off')}</Paragraph>}
          <Button purpose="primary" type="button" disabled={submit.busy} onClick={() => void turnOn()}>
            {t('push.turnOn')}
          </Button>
        </>
      )}
      {support === 'aan' && (
        <>
          {!done && <Paragraph>{t('push.on')}</Paragraph>}
          <Button purpose="secondary" type="button" disabled={submit.busy} onClick={() => void turnOff()}>
            {t('push.turnOff')}
          </Button>
        </>
      )}
      {support === 'geblokkeerd' && <Paragraph>{t('push.blocked')}</Paragraph>}
      {support === 'kan-niet' && <Paragraph>{t('push.cannot')}</Paragraph>}
      {submit.problem && <ProblemMessage messageKey={submit.problem === 'problem.interne-fout' ? 'push.failed' : submit.problem} />}
      <details className="onsplan-details" open={support === 'iphone-beginscherm'}>
        <summary>{t('push.iphoneTitle')}</summary>
        <Paragraph>{t('push.iphoneIntro')}</Paragraph>
        <ol className="onsplan-steps">
          {(['iphoneStep1', 'iphoneStep2', 'iphoneStep3', 'iphoneStep4', 'iphoneStep5'] as const).map((key) => (
            <li key={key}>{t(`push.${key}`)}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
