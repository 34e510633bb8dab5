import { UsageError } from '../errors.js';
import type { DB } from '../store/open.js';
import { getEntity, said, type SaidQuery, type StatementResult } from '../store/read.js';
import type { EntityRef } from './types.js';

export type SaidGroupBy = 'speaker' | 'date';

export interface StatementGroup {
  /** The speaker's name or the day (YYYY-MM-DD, "undated" when the article has no date). */
  group: string;
  speaker?: EntityRef;
  date?: string | null;
  count: number;
  statements: StatementResult[];
}

/** Statements grouped by speaker (most statements first) or by day (newest first). */
export function groupStatements(rows: StatementResult[], by: SaidGroupBy): StatementGroup[] {
  if (by !== 'speaker' && by !== 'date') throw new UsageError(`--group-by must be speaker or date, got "${by}"`);
  const groups = new Map<string, StatementGroup>();
  for (const r of rows) {
    const day = r.article.published_at?.slice(0, 10) ?? null;
    const key = by === 'speaker' ? String(r.speaker.id) : (day ?? 'undated');
    let g = groups.get(key);
    if (!g) {
      g = by === 'speaker' ? { group: r.speaker.name, speaker: r.speaker, count: 0, statements: [] } : { group: day ?? 'undated', date: day, count: 0, statements: [] };
      groups.set(key, g);
    }
    g.count++;
    g.statements.push(r);
  }
  const list = [...groups.values()];
  if (by === 'speaker') list.sort((a, b) => b.count - a.count || a.group.localeCompare(b.group) || a.speaker!.id - b.speaker!.id);
  // by date: already newest first, as the rows came; undated last
  return list;
}

export type Interval = 'day' | 'month' | 'year';

export interface TimelinePeriod {
  period: string;
  count: number;
  statements: StatementResult[];
}

export interface Timeline {
  speaker: EntityRef;
  interval: Interval;
  total: number;
  periods: TimelinePeriod[];
}

const WIDTH: Record<Interval, number> = { day: 10, month: 7, year: 4 };

/** A speaker's statements over time, oldest first, bucketed by day, month or year. */
export function timeline(db: DB, name: string, opts: Omit<SaidQuery, 'by' | 'speakerId' | 'ascending'> & { interval?: Interval } = {}): Timeline {
  const interval = opts.interval ?? 'month';
  if (!(interval in WIDTH)) throw new UsageError(`--interval must be day, month or year, got "${interval}"`);
  const speaker = getEntity(db, name);
  const { interval: _i, ...q } = opts;
  const rows = said(db, { ...q, speakerId: speaker.id, ascending: true });
  const periods = new Map<string, TimelinePeriod>();
  for (const r of rows) {
    const key = r.article.published_at?.slice(0, WIDTH[interval]) ?? 'undated';
    let p = periods.get(key);
    if (!p) periods.set(key, (p = { period: key, count: 0, statements: [] }));
    p.count++;
    p.statements.push(r);
  }
  return { speaker, interval, total: rows.length, periods: [...periods.values()] };
}
