import { useTranslation } from 'react-i18next';
import { dutchDayOf, formatDate, formatTime } from '../format.ts';
import { useLocalCopy } from './local-copy-context.ts';
import { PendingState, pendingText } from './Pending.tsx';

/**
 * On every signed-in screen: internet or not, when the copy on this phone was last brought up to
 * date, and the writes that wait for a connection (each with its state, and what to do when the
 * server refused it).
 */
export function StatusBar() {
  const { t, i18n } = useTranslation();
  const { snapshot } = useLocalCopy();
  const { online, session, lastSyncedAt, pending } = snapshot;
  if (!session && online) return null;
  const failed = pending.filter((p) => p.status === 'fout');
  const waiting = pending.length - failed.length;
  const synced = lastSyncedAt ? new Date(lastSyncedAt) : undefined;
  const today = synced && dutchDayOf(synced) === dutchDayOf(new Date());
  return (
    <section className={`onsplan-connection${online ? '' : ' onsplan-connection--offline'}`} aria-label={t('offline.label')}>
      <p className="onsplan-connection__line" role="status">
        <span className="onsplan-connection__dot" aria-hidden="true" />
        {t(online ? 'offline.online' : session ? 'offline.offlineWithCopy' : 'offline.offline')}
      </p>
      {session && (
        <p className="onsplan-connection__line">
          {synced
            ? today
              ? t('offline.lastSynced', { time: formatTime(lastSyncedAt!, i18n.language) })
              : t('offline.lastSyncedOn', { date: formatDate(lastSyncedAt!, i18n.language), time: formatTime(lastSyncedAt!, i18n.language) })
            : t('offline.neverSynced')}
        </p>
      )}
      {waiting > 0 && <p className="onsplan-connection__line onsplan-connection__pending">{t('offline.pending', { count: waiting })}</p>}
      {failed.length > 0 && <p className="onsplan-connection__line onsplan-connection__pending">{t('offline.failedCount', { count: failed.length })}</p>}
      {pending.length > 0 && (
        <details className="onsplan-details onsplan-connection__details" open={failed.length > 0}>
          <summary>{t('offline.showPending')}</summary>
          <ul className="onsplan-list onsplan-pending">
            {pending.map((item) => (
              <li key={item.clientId} className="onsplan-pending__item">
                <span className="onsplan-pending__what">{t(`offline.what.${item.what ?? 'anders'}`)}</span>
                {pendingText(item) && <span className="onsplan-pending__text">“{pendingText(item)}”</span>}
                <PendingState item={item} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
