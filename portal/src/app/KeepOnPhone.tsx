import type { DocumentView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settleSessionEnd } from '../api/client.ts';
import { apiUrl, paths } from '../api/paths.ts';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { useLocalCopy } from './local-copy-context.ts';

/**
 * "Bewaar op deze telefoon": a document's contents go into the sealed copy only when the member
 * asks, so they can open it without internet. Without an open copy (a professional) there is nothing to show.
 */
export function KeepOnPhone({ familyId, document: d }: { familyId: string; document: DocumentView }) {
  const { t } = useTranslation();
  const { session } = useLocalCopy().snapshot;
  const [kept, setKept] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let current = true;
    void session?.readFile(familyId, d.id).then(
      (bytes) => current && setKept(bytes !== undefined),
      () => current && setKept(false),
    );
    return () => {
      current = false;
    };
  }, [session, familyId, d.id]);

  if (!session || kept === undefined) return null;

  async function keep() {
    setBusy(true);
    setProblem(undefined);
    try {
      await settleSessionEnd();
      const response = await fetch(apiUrl(paths.download(familyId, d.id)), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      await session!.keepFile(familyId, d.id, new Uint8Array(await response.arrayBuffer()));
      setKept(true);
    } catch {
      setProblem(navigator.onLine ? 'problem.interne-fout' : 'problem.offline');
    } finally {
      setBusy(false);
    }
  }

  async function open() {
    const bytes = await session!.readFile(familyId, d.id);
    if (!bytes) return setKept(false);
    const url = URL.createObjectURL(new Blob([bytes], { type: d.contentType }));
    const link = Object.assign(window.document.createElement('a'), { href: url, download: d.name });
    link.click();
    // The browser has the file once the download started; the address is not needed after that.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function forget() {
    await session!.forgetFile(familyId, d.id);
    setKept(false);
  }

  return (
    <div className="onsplan-keep">
      {problem && <ProblemMessage messageKey={problem} />}
      {kept ? (
        <>
          <p className="onsplan-keep__note">{t('offline.keep.kept')}</p>
          <div className="onsplan-keep__actions">
            <Button purpose="secondary" type="button" onClick={() => void open()}>
              {t('offline.keep.open')}
              <span className="onsplan-visually-hidden"> {d.name}</span>
            </Button>
            <Button purpose="subtle" type="button" onClick={() => void forget()}>
              {t('offline.keep.forget')}
              <span className="onsplan-visually-hidden"> {d.name}</span>
            </Button>
          </div>
        </>
      ) : (
        <Button purpose="secondary" type="button" busy={busy} onClick={() => void keep()}>
          {busy ? t('app.busy') : t('offline.keep.button')}
          <span className="onsplan-visually-hidden"> {d.name}</span>
        </Button>
      )}
    </div>
  );
}
