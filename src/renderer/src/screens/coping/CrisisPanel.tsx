import type { ReactNode } from 'react';
import type { SafetyPlanView } from '../../../../shared/contract/coping.ts';
import { CrisisHelp } from '../../components';

/**
 * "Need help now?" in one step: the people and crisis lines from the person's own safety plan
 * first, then the starter crisis lines with their countries.
 */
export function CrisisPanel({ plan, beside }: { plan: SafetyPlanView | null; beside?: ReactNode }) {
  return (
    <CrisisHelp
      beside={beside}
      plan={plan}
      linesHeadingLevel={3}
      linesTitle="Crisis lines"
      // The button sits near the top of the coping box: opening keeps it in view.
      revealOnOpen={false}
    />
  );
}
