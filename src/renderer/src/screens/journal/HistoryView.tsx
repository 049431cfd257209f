import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { moodWords, type EntrySummary } from '../../../../shared/contract/journal.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice } from '../../components';
import { dayProblem, formatDayShort, formatInstantDate, formatWeekOf } from '../../../../shared/calendar.ts';
import { recordLine } from './record-words';
import { useWords } from '../../api/AppearanceProvider';
import type { WordKey } from '../../../../shared/vocabulary.ts';

export interface HistoryViewProps {
  /** The latest day a check-in can be written for (the person's calendar today). */
  latestDay: string;
  onOpenDay: (day: string) => void;
}

const PAGE = 50;

function groupByWeek(entries: EntrySummary[]): { weekOf: string; entries: EntrySummary[] }[] {
  const groups: { weekOf: string; entries: EntrySummary[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last && last.weekOf === entry.weekOf) last.entries.push(entry);
    else groups.push({ weekOf: entry.weekOf, entries: [entry] });
  }
  return groups;
}

function summaryLine(entry: EntrySummary, w: (key: WordKey) => string): string {
  const parts: string[] = [];
  if (entry.mood !== null) parts.push(`Mood: ${moodWords[entry.mood as keyof typeof moodWords]}`);
  parts.push(...recordLine(entry.record, w));
  return parts.join(' · ');
}

/** History grouped by week, newest first, with a date picker to jump to any day. */
export function HistoryView({ latestDay, onOpenDay }: HistoryViewProps) {
  const dateId = useId();
  const w = useWords();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [jumpTo, setJumpTo] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ day: string; restorableUntil: number }[]>([]);

  const loadPage = useCallback(async (before?: string) => {
    const result = await harbor.journalHistory(before ? { before, limit: PAGE } : { limit: PAGE });
    if (!result.ok) return { error: result.error.message };
    return { page: result.value };
  }, []);

  const loadDeleted = useCallback(async () => {
    const result = await harbor.journalRecentlyDeleted({});
    return result.ok ? result.value.entries : [];
  }, []);

  useEffect(() => {
    let current = true;
    void Promise.all([loadPage(), loadDeleted()]).then(([first, recentlyDeleted]) => {
      if (!current) return;
      if ('error' in first) return setError(first.error ?? null);
      setEntries(first.page.entries);
      setMore(first.page.more);
      setDeleted(recentlyDeleted);
    });
    return () => {
      current = false;
    };
  }, [loadPage, loadDeleted]);

  const older = async () => {
    const last = entries?.at(-1);
    if (!last) return;
    const next = await loadPage(last.day);
    if ('error' in next) return setError(next.error ?? null);
    setEntries([...(entries ?? []), ...next.page.entries]);
    setMore(next.page.more);
  };

  const jump = (event: FormEvent) => {
    event.preventDefault();
    if (!jumpTo) return setJumpError('Choose a day first.');
    const problem = dayProblem(jumpTo, latestDay);
    if (problem) return setJumpError(problem);
    setJumpError(null);
    onOpenDay(jumpTo);
  };

  const restore = async (day: string) => {
    const result = await harbor.journalRestoreEntry({ day });
    if (!result.ok) return setError(result.error.message);
    onOpenDay(day);
  };

  return (
    <div className="history">
      <form className="history__jump" onSubmit={jump} noValidate>
        <div className={jumpError ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={dateId}>
            Go to a day
          </label>
          <div className="history__jump-row">
            <input
              autoComplete="off"
              id={dateId}
              type="date"
              className="field__input"
              max={latestDay}
              value={jumpTo}
              aria-invalid={jumpError ? true : undefined}
              aria-describedby={jumpError ? `${dateId}-error` : undefined}
              onChange={(event) => setJumpTo(event.target.value)}
            />
            <Button type="submit">Open this day</Button>
          </div>
          {jumpError ? (
            <p className="field__error" id={`${dateId}-error`} role="alert">
              {jumpError}
            </p>
          ) : null}
        </div>
      </form>

      <ErrorNotice message={error} />
      {entries === null && !error ? <p aria-busy="true">Opening your history…</p> : null}
      {entries !== null && entries.length === 0 ? <p>Your check-ins will appear here, a week at a time.</p> : null}

      {entries
        ? groupByWeek(entries).map((group) => (
            <section key={group.weekOf} className="history__week" aria-labelledby={`week-${group.weekOf}`}>
              <h3 id={`week-${group.weekOf}`}>{formatWeekOf(group.weekOf)}</h3>
              <ul className="history__list">
                {group.entries.map((entry) => (
                  <li key={entry.day}>
                    <button type="button" className="history__item" onClick={() => onOpenDay(entry.day)}>
                      <span className="history__day">{formatDayShort(entry.day)}</span>
                      {summaryLine(entry, w) ? <span className="history__meta">{summaryLine(entry, w)}</span> : null}
                      {entry.triggers.length > 0 ? <span className="history__meta">
                          Triggers:{' '}
                          {entry.triggers.map((name, i) => (
                            <span key={i}>
                              {i > 0 ? ', ' : null}
                              <bdi>{name}</bdi>
                            </span>
                          ))}
                        </span> : null}
                      {entry.excerpt ? <span className="history__excerpt">{entry.excerpt}</span> : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))
        : null}
      {more ? <Button onClick={() => void older()}>Show older check-ins</Button> : null}

      {deleted.length > 0 ? (
        <section className="history__deleted" aria-labelledby="recently-deleted">
          <h3 id="recently-deleted">Recently deleted</h3>
          <p className="muted">Deleted check-ins stay here for 30 days, then they are removed for good.</p>
          <ul className="history__list">
            {deleted.map((d) => (
              <li key={d.day} className="history__deleted-row">
                <span>
                  {formatDayShort(d.day)} <span className="muted">(until {formatInstantDate(d.restorableUntil)})</span>
                </span>
                <Button onClick={() => void restore(d.day)}>
                  Restore<span className="visually-hidden"> {formatDayShort(d.day)}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
