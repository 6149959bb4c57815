import type { InstemmingOverview, InstemmingRemindersSent, NewInstemmingReminders } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { InstemmingReminders, type OpenDecider, type RemindOutcome } from '../components/InstemmingReminders/InstemmingReminders.tsx';
import { formatDate } from '../format.ts';
import { useProblemWords } from './useFormWords.ts';

/** Everyone who still has to answer, once each (a parent may answer for herself and a child), with the latest reminder. */
export function openDeciders(members: NonNullable<InstemmingOverview['members']>): OpenDecider[] {
  const open = new Map<string, OpenDecider>();
  for (const d of members.flatMap((m) => m.deciders)) {
    if (d.answer) continue;
    const known = open.get(d.memberId);
    const remindedAt = [known?.remindedAt, d.remindedAt].filter((x): x is string => Boolean(x)).sort().at(-1);
    open.set(d.memberId, { memberId: d.memberId, name: d.firstName, ...(remindedAt ? { remindedAt } : {}) });
  }
  return [...open.values()];
}

/** "Herinnering sturen" for the professional's instemming overview of one version. */
export function ReminderSection({ familyId, overview, onSent }: { familyId: string; overview: InstemmingOverview; onSent: () => Promise<void> | void }) {
  const { t, i18n } = useTranslation('werk');
  const problemWords = useProblemWords();
  if (!overview.members) return null;

  async function remind(): Promise<RemindOutcome> {
    const body: NewInstemmingReminders = { versionId: overview.version.id };
    try {
      const sent = await api<InstemmingRemindersSent>(paths.instemmingReminders(familyId), { method: 'POST', body });
      await onSent();
      return { ok: true, names: sent.reminded.map((m) => m.firstName) };
    } catch (error) {
      return { ok: false, message: problemWords(error instanceof ApiProblem ? error.code : 'interne-fout', undefined) };
    }
  }

  return (
    <InstemmingReminders
      words={{
        title: t('reminders.title'),
        intro: t('reminders.intro'),
        button: t('reminders.button'),
        busy: t('reminders.busy'),
        allAnswered: t('reminders.allAnswered'),
        notReminded: t('reminders.notReminded'),
        remindedOn: (date) => t('reminders.remindedOn', { date }),
        sentTo: (names) => t('reminders.sentTo', { names }),
      }}
      open={openDeciders(overview.members)}
      formatDay={(iso) => formatDate(iso, i18n.language)}
      canRemind={overview.version.isCurrent}
      onRemind={remind}
    />
  );
}
