import type { ReactNode } from 'react';

export interface WorkTableColumn<Row> {
  /** The column heading; on a narrow screen a stacked table repeats it beside each value. */
  heading: string;
  cell: (row: Row) => ReactNode;
  /** This column names the row (a th with scope="row"), so a screen reader reads it with every cell. */
  rowHeader?: boolean;
  /** Marks the cell, e.g. a deadline that passed. */
  className?: (row: Row) => string | undefined;
}

export interface WorkTableProps<Row> {
  columns: WorkTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Many number columns: on a narrow screen each row becomes a block, each value with its heading. */
  stack?: boolean;
  /** A visible or hidden caption names the table for screen readers when no heading right above it does. */
  caption?: string;
  /** Marks a row, e.g. the one the address opened at. */
  rowProps?: (row: Row) => { id?: string; className?: string } | undefined;
}

/** The workspace's one table: column headings, optional row headers, and the stacked narrow layout. */
export function WorkTable<Row>({ columns, rows, rowKey, stack = false, caption, rowProps }: WorkTableProps<Row>) {
  return (
    <table className={`onsplan-work-table${stack ? ' onsplan-work-table--stack' : ''}`}>
      {caption && <caption className="onsplan-work-table__caption">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.heading} scope="col">
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c) => {
              const className = c.className?.(row);
              return c.rowHeader ? (
                <th key={c.heading} scope="row" className={className} data-label={stack ? c.heading : undefined}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.heading} className={className} data-label={stack ? c.heading : undefined}>
                  {c.cell(row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
