import { useCallback, useEffect, useState } from 'react';
import type { RecoveryOverview } from '../../../../shared/contract/recovery.ts';
import { harbor } from '../../api/harbor';
import { ErrorNotice, SubNav } from '../../components';
import { useWords } from '../../api/AppearanceProvider';
import type { WordKey } from '../../../../shared/vocabulary.ts';
import { PhasesView } from './PhasesView';
import { RelapsesView } from './RelapsesView';
import { ExportView } from './ExportView';
import { SessionSummaryView } from './SessionSummaryView';
import { TalkAboutList } from './TalkAboutList';
import { SteadyMeasuresCard } from './SteadyMeasuresCard';
import { takeRecoveryOnRelapses } from '../relapse/origin';
import '../relapse/relapse.css';
import './recovery.css';

type Tab = 'phase' | 'relapses' | 'share';
const tabs: { id: Tab; label: string | { word: WordKey } }[] = [
  { id: 'phase', label: 'Your phase' },
  { id: 'relapses', label: { word: 'relapsesTab' } },
  { id: 'share', label: 'Share with a therapist' },
];

/** The recovery journey: the three phases and their steps, relapses as data, and exports for a therapist. */
export function RecoveryScreen() {
  const w = useWords();
  const [tab, setTab] = useState<Tab>(() => (takeRecoveryOnRelapses() ? 'relapses' : 'phase'));
  const [overview, setOverview] = useState<RecoveryOverview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await harbor.recoveryOverview({});
    if (result.ok) setOverview(result.value);
    else setError(result.error.message);
  }, []);

  useEffect(() => {
    // The first load sets state only after the awaited round trip.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  return (
    <section aria-labelledby="screen-title" className="screen recovery">
      <h1 id="screen-title">{w('recovery')}</h1>
      <SubNav
        label={w('recovery')}
        tabs={tabs.map((t) => ({ label: typeof t.label === 'string' ? t.label : w(t.label.word), current: tab === t.id, onSelect: () => setTab(t.id) }))} />
      <ErrorNotice message={error} />
      {tab === 'share' ? (
        <>
          <ExportView />
          <TalkAboutList />
          <SessionSummaryView />
        </>
      ) : null}
      {tab !== 'share' && !overview && !error ? <p aria-busy="true">Opening…</p> : null}
      {tab === 'phase' ? <SteadyMeasuresCard /> : null}
      {tab === 'phase' && overview ? <PhasesView overview={overview} onChanged={setOverview} /> : null}
      {tab === 'relapses' && overview ? <RelapsesView relapses={overview.relapses} onChanged={() => void load()} /> : null}
    </section>
  );
}
