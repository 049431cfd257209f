import { useEffect, useState } from 'react';
import type { HotkeyStatus } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, Notice } from '../../components';
import { useWords } from '../../api/AppearanceProvider';

const mac = navigator.userAgent.includes('Mac');
const DEFAULT_LABEL = mac ? 'Cmd+Option+H' : 'Ctrl+Alt+H';

/** Does this key press match a label like "Ctrl+Alt+H"? (Only to let the person try it in the page.) */
function matches(event: KeyboardEvent, label: string): boolean {
  const parts = label.toLowerCase().split('+');
  const key = parts.at(-1) ?? '';
  const want = (name: string) => parts.includes(name);
  return (
    event.key.toLowerCase() === key &&
    event.ctrlKey === want('ctrl') &&
    event.altKey === (want('alt') || want('option')) &&
    event.metaKey === (want('cmd') || want('super')) &&
    event.shiftKey === want('shift')
  );
}

/**
 * The hotkey, shown and tried once. In the desktop app it opens the coping window from anywhere;
 * pressed here it is also noticed, so the person sees that it works. "Open it now" finishes.
 */
export function HotkeyStep({ onFinish }: { onFinish: (openCoping: boolean) => void }) {
  const w = useWords();
  const [status, setStatus] = useState<HotkeyStatus | null>(null);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    void harbor.copingHotkey({}).then((r) => r.ok && setStatus(r.value));
  }, []);
  const label = status?.label ?? DEFAULT_LABEL;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!matches(event, label)) return;
      event.preventDefault();
      setTried(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [label]);

  return (
    <div>
      <p>
        When an urge comes, press <kbd>{label}</kbd> in any app to open your {w('aCopingBox')} at once, even while locked.
      </p>
      {status && !status.supported ? <p>{status.message}</p> : null}
      <p>Try it once now: press {label}.</p>
      <div role="status">
        {tried ? (
          <Notice tone="success" live="none">
            <p>That is the one. Whenever you need it, it is there.</p>
          </Notice>
        ) : null}
      </div>
      <div className="actions">
        <Button variant="primary" onClick={() => onFinish(true)}>
          {w('openYourCopingBox')} now
        </Button>
        <Button onClick={() => onFinish(false)}>Finish</Button>
      </div>
    </div>
  );
}
