import { isOpen, type CorrectieverzoekView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WorkTable, type WorkTableColumn } from '../../components/WorkTable/WorkTable.tsx';
import { workPaths } from '../paths.ts';
import { aboutText, byDeadline, deadlineText, requesterText } from './words.ts';

type Row = CorrectieverzoekView & { familyName?: string };

/** Correction requests by deadline; each row opens its own request. The family column only over several families. */
export function CorrectionTable({ requests, withFamily = false }: { requests: readonly Row[]; withFamily?: boolean }) {
  const { t, i18n } = useTranslation('werk');
  const columns: WorkTableColumn<Row>[] = [
    {
      heading: t('corrections.colRequest'),
      rowHeader: true,
      cell: (r) => (
        <Link replace className="nl-link" to={workPaths.correction(r.familyId, r.id)}>
          {t('corrections.openAt', { kind: t(`corrections.kind.${r.kind}`), about: aboutText(r.target, t) })}
        </Link>
      ),
    },
    ...(withFamily ? [{ heading: t('corrections.colFamily'), cell: (r: Row) => r.familyName ?? '' }] : []),
    { heading: t('corrections.colRequester'), cell: (r) => requesterText(r.requester, t) },
    { heading: t('corrections.colStatus'), cell: (r) => t(`corrections.status.${r.status}`) },
    {
      heading: t('corrections.colDeadline'),
      cell: (r) => deadlineText(r.deadline, isOpen(r.status), i18n.language, t),
      className: (r) => (isOpen(r.status) && (r.deadline.overdue || r.deadline.warning) ? 'onsplan-deadline--warning' : undefined),
    },
  ];
  return <WorkTable columns={columns} rows={byDeadline(requests)} rowKey={(r) => r.id} />;
}
