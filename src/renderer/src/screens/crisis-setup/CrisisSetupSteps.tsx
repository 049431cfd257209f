import { useState, type ReactNode } from 'react';
import { CrisisLineStep } from './CrisisLineStep';
import { PlanStartStep } from './PlanStartStep';
import { LockedStep } from './LockedStep';
import { HotkeyStep } from './HotkeyStep';

export type CrisisStep = 'line' | 'plan' | 'locked' | 'hotkey';

/** Each step's title; `appName` is "Notes" in discreet mode. */
export const stepTitle = (step: CrisisStep, appName: string): string =>
  ({
    line: 'A crisis line for hard moments',
    plan: 'The first steps of your plan',
    locked: `While ${appName} is locked`,
    hotkey: 'One key for hard moments',
  })[step];

export interface CrisisSetupStepsProps {
  /** The steps still to do, in order. */
  steps: readonly CrisisStep[];
  /** Renders each step inside its page, titled. */
  frame: (step: CrisisStep, position: string, body: ReactNode) => ReactNode;
  /** All steps done or skipped; `openCoping` when the person chose to open the coping box now. */
  onDone: (openCoping: boolean) => void;
}

/** Three short optional steps for a crisis, then the hotkey. Each can be skipped and done later. */
export function CrisisSetupSteps({ steps, frame, onDone }: CrisisSetupStepsProps) {
  const [index, setIndex] = useState(0);
  const step = steps[index];
  if (!step) return null;
  const next = () => (index + 1 < steps.length ? setIndex(index + 1) : onDone(false));
  const counted = steps.filter((s) => s !== 'hotkey');
  const position = step === 'hotkey' ? '' : `Step ${counted.indexOf(step) + 1} of ${counted.length}, optional`;
  const label = index + 1 < steps.length ? 'Save and continue' : 'Save and finish';
  const body =
    step === 'line' ? (
      <CrisisLineStep onNext={next} onSkip={next} busyLabel={label} />
    ) : step === 'plan' ? (
      <PlanStartStep onNext={next} onSkip={next} busyLabel={label} />
    ) : step === 'locked' ? (
      <LockedStep onNext={next} onSkip={next} />
    ) : (
      <HotkeyStep onFinish={onDone} />
    );
  return <>{frame(step, position, body)}</>;
}
