import { useState } from 'react';
import { WelcomeStep } from './WelcomeStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';

export interface SetupFlowProps {
  /** Called after the person confirms they saved the recovery code; the vault is unlocked by then. */
  onFinished: () => void;
}

type Step = { kind: 'welcome' } | { kind: 'passphrase' } | { kind: 'recovery'; code: string };

/** First run: welcome, choose a passphrase, see the recovery code once. */
export function SetupFlow({ onFinished }: SetupFlowProps) {
  const [step, setStep] = useState<Step>({ kind: 'welcome' });
  switch (step.kind) {
    case 'welcome':
      return <WelcomeStep onNext={() => setStep({ kind: 'passphrase' })} />;
    case 'passphrase':
      return <PassphraseStep onBack={() => setStep({ kind: 'welcome' })} onCreated={(code) => setStep({ kind: 'recovery', code })} />;
    case 'recovery':
      return <RecoveryCodeStep code={step.code} onContinue={onFinished} />;
  }
}
