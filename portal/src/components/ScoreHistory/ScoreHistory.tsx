import './ScoreHistory.css';
import { useId } from 'react';

/** One score on the line: when, how much (0–10), and the writer's optional sentence. */
export interface ScorePoint {
  at: string;
  value: number;
  note?: string | undefined;
}

/** One person's scores on one doel, oldest first. */
export interface ScoreSeries {
  name: string;
  points: readonly ScorePoint[];
}

/** The words of the chart and table, from the caller's namespace (member screens: B1). */
export interface ScoreHistoryWords {
  /** The chart's short name, e.g. "Uw cijfers voor dit doel". */
  title: string;
  /** What the chart shows in words, for who cannot see it (its text alternative). */
  summary: string;
  tableCaption: string;
  date: string;
  score: string;
  note: string;
  /** Column head of who gave the score; only shown with more than one series. */
  who: string;
  formatDate: (iso: string) => string;
}

const width = 320;
const height = 160;
const pad = { left: 28, right: 12, top: 12, bottom: 24 };
const shapes = ['circle', 'square', 'diamond'] as const;

/**
 * "Hoe gaat het nu?" over time: a simple line chart (0 at the bottom, 10 at the top) with its words
 * as a text alternative, and the same scores as a table, so a screen reader, a magnifier or a print
 * gets every number. Several series stand side by side for professionals; each has its own mark
 * shape as well as its own line, so colour is never the only difference (WCAG 1.4.1).
 */
export function ScoreHistory({ series, words, named = false }: { series: readonly ScoreSeries[]; words: ScoreHistoryWords; /** Name who gave each score, also with one series (the professionals' view). */ named?: boolean }) {
  const id = useId();
  const all = series.flatMap((s) => s.points.map((p) => p.at)).sort();
  const times = [...new Set(all)];
  const x = (at: string) => (times.length < 2 ? width / 2 : pad.left + (times.indexOf(at) / (times.length - 1)) * (width - pad.left - pad.right));
  const y = (value: number) => pad.top + ((10 - value) / 10) * (height - pad.top - pad.bottom);
  const many = series.length > 1 || named;
  const rows = series.flatMap((s) => s.points.map((p) => ({ name: s.name, ...p }))).sort((a, b) => a.at.localeCompare(b.at));
  return (
    <div className="onsplan-score-history">
      <svg className="onsplan-score-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{words.title}</title>
        <desc id={`${id}-desc`}>{words.summary}</desc>
        {[0, 5, 10].map((v) => (
          <g key={v} aria-hidden="true">
            <line className="onsplan-score-chart__grid" x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
            <text className="onsplan-score-chart__axis" x={pad.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {series.map((s, i) => (
          <g key={s.name} className={`onsplan-score-chart__series onsplan-score-chart__series--${i % 3}`} aria-hidden="true">
            <polyline fill="none" points={s.points.map((p) => `${x(p.at)},${y(p.value)}`).join(' ')} />
            {s.points.map((p) => (
              <Mark key={p.at} shape={shapes[i % 3]!} cx={x(p.at)} cy={y(p.value)} />
            ))}
          </g>
        ))}
      </svg>
      {many && (
        <ul className="onsplan-score-chart__legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.name} className={`onsplan-score-chart__series--${i % 3}`}>
              <svg viewBox="0 0 14 14" width="14" height="14" focusable="false">
                <Mark shape={shapes[i % 3]!} cx={7} cy={7} />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <table className="onsplan-table onsplan-score-table">
        <caption>{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.date}</th>
            {many && <th scope="col">{words.who}</th>}
            <th scope="col">{words.score}</th>
            <th scope="col">{words.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.name}-${r.at}`}>
              <td>{words.formatDate(r.at)}</td>
              {many && <td>{r.name}</td>}
              <td>{r.value}</td>
              <td>{r.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Mark({ shape, cx, cy }: { shape: (typeof shapes)[number]; cx: number; cy: number }) {
  if (shape === 'square') return <rect x={cx - 5} y={cy - 5} width={10} height={10} />;
  if (shape === 'diamond') return <polygon points={`${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`} />;
  return <circle cx={cx} cy={cy} r={6} />;
}
