import { useState } from 'react';
import { WelcomeStep } from './WelcomeStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';
import { RestoreStep } from './RestoreStep';

export interface SetupFlowProps {
  /** Called after the person confirms they saved the recovery code (vault unlocked), or after a restore from a backup. */
  onFinished: () => void;
}

type Step = { kind: 'welcome' } | { kind: 'passphrase' } | { kind: 'recovery'; code: string } | { kind: 'restore' };

/** First run: welcome, choose a passphrase, see the recovery code once. */
export function SetupFlow({ onFinished }: SetupFlowProps) {
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep onNext={() => setStep({ kind: 'passphrase' })} onRestore={() => setStep({ kind: 'restore' })} />;
    case 'passphrase':
      return <PassphraseStep onBack={() => setStep({ kind: 'welcome' })} onCreated={(code) => setStep({ kind: 'recovery', code })} />;
    case 'recovery':
      return <RecoveryCodeStep code={step.code} onContinue={onFinished} />;
    case 'restore':
      // The backup's passphrase or recovery code was just given, so the restored journal opens.
      return <RestoreStep onBack={() => setStep({ kind: 'welcome' })} onRestored={onFinished} />;
  }
}
