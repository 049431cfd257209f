import { useState } from 'react';
import { WelcomeStep } from './WelcomeStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { RestoreStep } from './RestoreStep';
import { CrisisSetupSteps, stepTitle } from '../crisis-setup/CrisisSetupSteps';
import { CenteredPage } from '../../components/CenteredPage';
import { useAppName } from '../../api/AppearanceProvider';

export interface SetupFlowProps {
  /**
   * Called after the first steps for a crisis (vault unlocked), or after a restore from a backup.
   * `openCoping` when the person chose to open their coping box at the end.
   */
  onFinished: (openCoping?: boolean) => void;
}

type Step = { kind: 'welcome' } | { kind: 'passphrase' } | { kind: 'recovery'; code: string } | { kind: 'crisis' } | { kind: 'restore' };

/**
 * First run: welcome, choose a passphrase, see the recovery code once; then, crisis first, three
 * short optional steps (a crisis line, the first steps of the plan, what opens while locked) and
 * the hotkey.
 */
export function SetupFlow({ onFinished }: SetupFlowProps) {
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  const appName = useAppName();
  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep onNext={() => setStep({ kind: 'passphrase' })} onRestore={() => setStep({ kind: 'restore' })} />;
    case 'passphrase':
      return <PassphraseStep onBack={() => setStep({ kind: 'welcome' })} onCreated={(code) => setStep({ kind: 'recovery', code })} />;
    case 'recovery':
      return <RecoveryCodeStep code={step.code} onContinue={() => setStep({ kind: 'crisis' })} />;
    case 'crisis':
      return (
        <CrisisSetupSteps
          steps={['line', 'plan', 'locked', 'hotkey']}
          frame={(crisisStep, position, body) => (
            // Keyed by step: each step is a new page, and focus starts at its title.
            <CenteredPage key={crisisStep} title={stepTitle(crisisStep, appName)} focusTitle>
              {position ? <p className="setup-step__position">{position}</p> : null}
              {body}
            </CenteredPage>
          )}
          onDone={(openCoping) => onFinished(openCoping)}
        />
      );
    case 'restore':
      // The backup's passphrase or recovery code was just given, so the restored journal opens.
      return <RestoreStep onBack={() => setStep({ kind: 'welcome' })} onRestored={() => onFinished()} />;
  }
}
