import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CrisisSetupStatus } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { ErrorNotice } from '../../components';
import { useNavigate } from '../../api/navigation';
import { focusScreenTitle } from '../../components/focus';
import { CrisisSetupSteps, stepTitle, type CrisisStep } from './CrisisSetupSteps';
import { useAppName } from '../../api/AppearanceProvider';

/** The steps a first run left for later, in order; the hotkey always comes last. */
export function remainingSteps(status: CrisisSetupStatus): CrisisStep[] {
  const steps: CrisisStep[] = [];
  if (!status.crisisLine) steps.push('line');
  if (!status.planStarted) steps.push('plan');
  if (!status.lockedAccessChosen) steps.push('locked');
  return steps;
}

/** The first-run steps for a crisis, picked up later from the journal's card or from Settings. */
export function CrisisSetupScreen() {
  const navigate = useNavigate();
  const appName = useAppName();
  const [steps, setSteps] = useState<CrisisStep[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void harbor.crisisSetupStatus({}).then((result) => {
      if (!result.ok) return setError(result.error.message);
      setSteps([...remainingSteps(result.value), 'hotkey']);
    });
  }, []);
  return (
    <section aria-labelledby="screen-title" className="screen crisis-setup">
      <ErrorNotice message={error} />
      {steps ? (
        <CrisisSetupSteps
          steps={steps}
          frame={(step, position, body) => (
            <StepPage key={step} title={stepTitle(step, appName)} position={position}>
              {body}
            </StepPage>
          )}
          onDone={(openCoping) => navigate(openCoping ? 'coping' : 'journal')}
        />
      ) : (
        <h1 id="screen-title">Ready for a hard moment</h1>
      )}
    </section>
  );
}

/** One step as a page inside the app: focus starts at its title, so the change is announced. */
function StepPage({ title, position, children }: { title: string; position: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current) focusScreenTitle(root.current);
  }, []);
  return (
    <div ref={root}>
      <h1 id="screen-title" tabIndex={-1}>
        {title}
      </h1>
      {position ? <p className="setup-step__position">{position}</p> : null}
      {children}
    </div>
  );
}
