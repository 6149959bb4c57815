import type { WorkTableProps } from './WorkTable.tsx';

export interface RequestRow {
  id: string;
  who: string;
  due: string;
  late: boolean;
}

/** Two correction requests, one past its deadline. */
export const requests: WorkTableProps<RequestRow> = {
  rows: [
    { id: 'a', who: 'Mark', due: '14 december', late: false },
    { id: 'b', who: 'Samira', due: '2 december', late: true },
  ],
  rowKey: (r) => r.id,
  columns: [
    { heading: 'Aanvrager', cell: (r) => r.who, rowHeader: true },
    { heading: 'Beslis uiterlijk', cell: (r) => r.due, className: (r) => (r.late ? 'onsplan-deadline--warning' : undefined) },
  ],
};

/** Numbers per family, stacked on a narrow screen. */
export const perFamily: WorkTableProps<{ id: string; name: string; open: number }> = {
  rows: [{ id: 'j', name: 'Gezin Jansen', open: 3 }],
  rowKey: (r) => r.id,
  stack: true,
  caption: 'Per gezin',
  columns: [
    { heading: 'Gezin', cell: (r) => r.name, rowHeader: true },
    { heading: 'Open', cell: (r) => r.open },
  ],
};
