import { useState } from 'react';
import { Button } from '../../components';
import { CopingView } from './CopingView';
import { LapseCare } from './LapseCare';
import { useWords } from '../../api/AppearanceProvider';

export interface CopingPageProps {
  /** On the lock screen: go back to the passphrase. */
  onBack?: () => void;
  /** In the desktop coping window, Esc hides it. */
  escHides?: boolean;
  /** The person unlocked Harbor from here. */
  onUnlocked?: () => void;
}

/** A whole page for the coping box: the hotkey window, and the lock screen's "Open coping box". */
export function CopingPage({ onBack, escHides = false, onUnlocked }: CopingPageProps) {
  const w = useWords();
  const [caring, setCaring] = useState(false);
  return (
    <main className="coping-page">
      <div className="coping-page__inner">
        <div className="coping-page__top">
          <h1 id="screen-title" tabIndex={-1}>
            {w('copingBox')}
          </h1>
          {onBack ? <Button onClick={onBack}>Back to unlock</Button> : null}
        </div>
        {escHides ? <p className="coping-page__hint">Press Esc to hide this window. It stays ready for next time.</p> : null}
        {caring ? (
          <LapseCare onBack={() => setCaring(false)} />
        ) : (
          <>
            {/* Reachable while locked too: care first, and a note only if the person wants one. */}
            <p className="coping-page__lapse">
              <span>{w('selfHarmedLead')}</span>
              <Button variant="quiet" onClick={() => setCaring(true)}>
                {w('selfHarmedButton')}
              </Button>
            </p>
            <CopingView place="page" onUnlocked={onUnlocked} />
          </>
        )}
      </div>
    </main>
  );
}
