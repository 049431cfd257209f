import { useCallback, useEffect, useState } from 'react';
import { harbor } from '../../api/harbor';
import { ErrorNotice, SubNav, type SubNavTab } from '../../components';
import { CheckInView } from './CheckInView';
import { HistoryView } from './HistoryView';
import { SearchView } from './SearchView';
import { RelapseLink } from '../relapse/RelapseLink';
import { CrisisSetupCard } from '../crisis-setup/CrisisSetupCard';
import { LockedLapseCard } from '../relapse/LockedLapseCard';
import './journal.css';

type Today = { day: string; calendarDay: string; afterMidnight: boolean };
type View = { kind: 'check-in'; day: string } | { kind: 'history' } | { kind: 'search' };

/** The evening journal: today's check-in on one calm screen, history by week, and search. */
export function JournalScreen() {
  const [today, setToday] = useState<Today | null>(null);
  const [view, setView] = useState<View | null>(null);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Bumped when a note from the locked coping window is added, so the open day shows its new record.
  const [recordVersion, setRecordVersion] = useState(0);

  const openToday = useCallback(async () => {
    const result = await harbor.journalToday({});
    if (!result.ok) return setError(result.error.message);
    setToday(result.value);
    setView({ kind: 'check-in', day: result.value.day });
  }, []);

  useEffect(() => {
    // The first load sets state only after the awaited round trip.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void openToday();
    // The evening reminder asks for today's check-in even when the journal is already open.
    return harbor.onEvent((event) => {
      if (event.type === 'navigate' && event.to === 'journal') void openToday();
    });
  }, [openToday]);

  const onToday = view?.kind === 'check-in' && view.day === today?.day;
  const tabs: SubNavTab[] = [
    { label: "Today's check-in", current: onToday, onSelect: () => void openToday() },
    { label: 'History', current: view?.kind === 'history', onSelect: () => setView({ kind: 'history' }) },
    { label: 'Search', current: view?.kind === 'search', onSelect: () => setView({ kind: 'search' }) },
  ];
  const openDay = (day: string) => setView({ kind: 'check-in', day });

  return (
    <section aria-labelledby="screen-title" className="screen journal">
      <h1 id="screen-title">Journal</h1>
      <CrisisSetupCard />
      <LockedLapseCard onAdded={() => setRecordVersion((n) => n + 1)} />
      <SubNav label="Journal" tabs={tabs} />
      <ErrorNotice message={error} />
      {today && view?.kind === 'check-in' ? (
        <CheckInView key={`${view.day}:${recordVersion}`} day={view.day} today={today.day} afterMidnight={today.afterMidnight && view.day === today.day} />
      ) : null}
      {today && view?.kind === 'history' ? <HistoryView latestDay={today.calendarDay} onOpenDay={openDay} /> : null}
      {view?.kind === 'search' ? <SearchView query={query} onQueryChange={setQuery} onOpenDay={openDay} /> : null}
      <RelapseLink from="journal" />
    </section>
  );
}
