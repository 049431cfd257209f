// Loads the coping box and the safety plan, and reloads them when the vault locks or unlocks or
// the window comes back into view (the hotkey only shows a window that was already loaded).
import { useCallback, useEffect, useState } from 'react';
import type { CopingBoxView, SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { loadCopingAnswers, startEarlyRequests, takeEarlyCoping } from '../../api/early-requests';
import { forgetFinishedRound } from './timer-session';

/** The coping window calls this before React starts (a no-op when its early script already did). */
export function prefetchCopingData(): void {
  startEarlyRequests();
}

export interface CopingData {
  box: CopingBoxView | null;
  plan: SafetyPlanView | null;
  error: string | null;
  reload: () => Promise<void>;
}

export function useCopingData(): CopingData {
  const [box, setBox] = useState<CopingBoxView | null>(null);
  const [plan, setPlan] = useState<SafetyPlanView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const pending = takeEarlyCoping() ?? loadCopingAnswers();
    const [boxResult, planResult] = await pending;
    if (boxResult.ok) setBox(boxResult.value);
    if (planResult.ok) setPlan(planResult.value);
    setError(boxResult.ok ? null : boxResult.error.message);
  }, []);

  useEffect(() => {
    // The setState calls happen after the awaited round trip to main.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
    const off = harbor.onEvent((event) => {
      if (event.type !== 'vault') return;
      if (event.state !== 'unlocked') forgetFinishedRound();
      void reload();
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      off();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  return { box, plan, error, reload };
}
