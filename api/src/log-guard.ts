import type { Clock } from './config.ts';
import type { AccessLog, Checkpoint, LogCheck } from './data/access-log.ts';

/** Where the guard speaks: `alarm` must reach a person (stderr too), `info` is the technical log. */
export interface GuardReport {
  info(message: string, details: Record<string, unknown>): void;
  alarm(message: string, details: Record<string, unknown>): void;
}

export interface LogGuard {
  /** The check of the whole log at start, which runs beside the serving; resolves when done. */
  readonly checked: Promise<LogCheck | undefined>;
  /** Stops the timer and writes the checkpoint at shutdown. */
  stop(): Promise<void>;
}

/** How often the log is sealed while the server runs (when it grew): well within "at least daily". */
export const checkpointEveryMs = 60 * 60_000;

/**
 * Keeps the access log sealed while the server runs (REQUIREMENTS D2): a checkpoint at start, one
 * every hour in which the log grew, and one at shutdown; and a check of the whole log at start.
 *
 * On a break the server starts anyway, and shouts. A break means the record of who looked at
 * what was tampered with; it does not change what anyone may see, which comes from the family data
 * and the visibility rules. Refusing to start would lock every family out of its safety plan (who
 * to call, who picks the children up) because of an evidence problem they cannot fix. So: the
 * alarm goes to stderr and the technical log at start and again every hour for as long as this
 * process runs, `npm run cli -- verify-log` exits non-zero for monitoring, and the evidence stays:
 * checkpoints are insert-only, nothing here repairs or re-seals the old chain, so every later
 * check names the same first broken row or checkpoint, while new entries are sealed from now on.
 */
export async function startLogGuard(options: { log: AccessLog; clock: Clock; report: GuardReport; everyMs?: number }): Promise<LogGuard> {
  const { log, clock, report } = options;
  let lastRowId = (await seal('start')).lastRowId;
  let broken: string | undefined;
  const stopping = new AbortController();

  const checked = log.verify({ signal: stopping.signal }).then(
    (result) => {
      const words = describeLogCheck(result);
      if (result.ok) report.info(words.join(' '), checkDetails(result));
      else report.alarm((broken = words.join(' ')), checkDetails(result));
      return result;
    },
    (error: unknown) => {
      if (stopping.signal.aborted) return undefined;
      report.alarm('Het toegangslog kon niet worden gecontroleerd.', { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    },
  );

  let running: Promise<void> | undefined;
  const tick = async () => {
    if (broken) report.alarm(broken, { repeated: true });
    if ((await log.headRowId()) !== lastRowId) lastRowId = (await seal('timer')).lastRowId;
  };
  const timer = setInterval(() => {
    running ??= tick()
      .catch((error: unknown) => report.alarm('Het toegangslog kon niet worden verzegeld.', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => (running = undefined));
  }, options.everyMs ?? checkpointEveryMs);
  // The timer alone never keeps the process (or a test run) alive.
  timer.unref();

  async function seal(reason: Checkpoint['reason']): Promise<Checkpoint> {
    const checkpoint = await log.checkpoint(reason, clock.now());
    // The seal goes to the technical log too: a copy outside the database to compare with later.
    report.info('Toegangslog verzegeld.', { checkpoint: checkpoint.id, reason, lastRowId: checkpoint.lastRowId, seal: checkpoint.seal });
    return checkpoint;
  }

  return {
    checked,
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
      await checked;
      await seal('stop');
    },
  };
}

function checkDetails(result: LogCheck): Record<string, unknown> {
  return { ...result, lastCheckpoint: result.lastCheckpoint && { ...result.lastCheckpoint, at: result.lastCheckpoint.at.toISOString() } };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const rowCount = (n: number) => count(n, 'regel', 'regels');
const when = (at: Date | string) => new Date(at).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' });

/** The result of a check in plain words, for the command line and the server's messages. */
export function describeLogCheck(result: LogCheck): string[] {
  const lines: string[] = [];
  if (result.brokenAt !== undefined) {
    lines.push(`FOUT: regel ${result.brokenAt} van het toegangslog past niet bij de regel ervoor in zijn keten (van hetzelfde gezin, of van de accounts). Die regel of de regel ervoor is veranderd of weggehaald.`);
  }
  const c = result.brokenCheckpoint;
  if (c) {
    switch (c.reason) {
      case 'herschreven':
        lines.push(`FOUT: controlepunt ${c.id} klopt niet meer met regel ${c.lastRowId}. Regels ${c.sinceRowId ? `na regel ${c.sinceRowId}` : 'vanaf het begin'} tot en met regel ${c.lastRowId} zijn veranderd en opnieuw berekend.`);
        break;
      case 'ontbreekt':
        lines.push(
          result.lastRowId !== undefined && c.lastRowId > result.lastRowId
            ? `FOUT: controlepunt ${c.id} noemt regel ${c.lastRowId}, maar het log houdt op bij regel ${result.lastRowId}. De nieuwste regels zijn weggehaald.`
            : `FOUT: controlepunt ${c.id} noemt regel ${c.lastRowId}, maar die regel is weggehaald.`,
        );
        break;
      case 'zegel':
        lines.push(`FOUT: het zegel van controlepunt ${c.id} klopt niet. Dat controlepunt is veranderd of nagemaakt, of een controlepunt ervoor is weggehaald.`);
        break;
      case 'andere-sleutel':
        lines.push(`FOUT: controlepunt ${c.id} is verzegeld met een andere sleutel. Is LOG_SEAL_KEY of het sleutelbestand veranderd? Met de oude sleutel kunt u het log tot daar controleren.`);
        break;
    }
  }
  if (!result.ok) return lines;
  const cp = result.lastCheckpoint;
  lines.push(
    result.checkpoints === undefined
      ? `Het toegangslog is in orde: ${rowCount(result.rows)}, die bij elkaar passen.`
      : cp
        ? `Het toegangslog is in orde: ${rowCount(result.rows)} en ${count(result.checkpoints, 'controlepunt', 'controlepunten')}. Het laatste controlepunt is van ${when(cp.at)} (tot en met regel ${cp.lastRowId}).`
        : `Het toegangslog is in orde: ${rowCount(result.rows)}. Er is nog geen controlepunt.`,
  );
  return lines;
}
