import { useId, useRef, useState } from 'react';
import { Button } from './Button';
import { Checkbox } from './Checkbox';
import { copyText, selectContents } from './copy-text';

export interface RecoveryCodeRevealProps {
  code: string;
  /** Called once the person has ticked "I have saved my recovery code somewhere safe". */
  onContinue: () => void;
  continueLabel?: string;
}

/** Shows a recovery code once: grouped, monospace, with Copy, and a saved-it confirmation. */
export function RecoveryCodeReveal({ code, onContinue, continueLabel = 'Continue' }: RecoveryCodeRevealProps) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const codeRef = useRef<HTMLParagraphElement>(null);
  const labelId = useId();
  const groups = code.split('-');

  const copy = async () => {
    setCopyStatus('');
    if (await copyText(code, codeRef.current)) {
      setCopyStatus('Copied. Paste it somewhere safe, such as a password manager.');
    } else {
      selectContents(codeRef.current);
      setCopyStatus('Copying did not work here. The code is selected: copy it with your keyboard, or write it down.');
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!saved) {
          setError('Tick this box once your recovery code is saved.');
          return;
        }
        onContinue();
      }}
    >
      <div className="recovery-code">
        <p className="recovery-code__label" id={labelId}>
          Recovery code
        </p>
        <p className="recovery-code__value" ref={codeRef} aria-labelledby={labelId} data-testid="recovery-code">
          {groups.map((group, i) => (
            <span key={i} className="recovery-code__group">
              {group}
              {/* Dashes stay in the text for copying by hand; the grid shows the groups. */}
              {i < groups.length - 1 ? <span className="recovery-code__dash">-</span> : null}
            </span>
          ))}
        </p>
        <div className="actions recovery-code__actions">
          <Button onClick={() => void copy()}>Copy</Button>
          <p className="recovery-code__status" role="status">
            {copyStatus}
          </p>
        </div>
      </div>
      <Checkbox
        label="I have saved my recovery code somewhere safe"
        checked={saved}
        error={error}
        onChange={(event) => {
          setSaved(event.target.checked);
          if (event.target.checked) setError(null);
        }}
      />
      <div className="actions">
        <Button type="submit" variant="primary">
          {continueLabel}
        </Button>
      </div>
    </form>
  );
}
