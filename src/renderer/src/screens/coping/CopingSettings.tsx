import { useEffect, useId, useState, type FormEvent } from 'react';
import type { HotkeyStatus, LockedAccessView } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button, Notice, TextField } from '../../components';
import { useWords } from '../../api/AppearanceProvider';

/** Settings for the coping box: the global hotkey, and what opens while Harbor is locked. */
export function CopingSettings() {
  return (
    <div className="coping-settings">
      <HotkeySetting />
      <LockedAccessSetting />
    </div>
  );
}

function HotkeySetting() {
  const [status, setStatus] = useState<HotkeyStatus | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const w = useWords();

  useEffect(() => {
    void harbor.copingHotkey({}).then((r) => r.ok && setStatus(r.value));
  }, []);

  const change = async (accelerator: string) => {
    setError(null);
    setSaved(null);
    setBusy(true);
    const result = await harbor.copingSetHotkey({ accelerator });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setStatus(result.value);
    setText('');
    setSaved(`Your ${w('aCopingBox')} hotkey is now ${result.value.label}.`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void change(text);
  };

  if (!status) return null;
  return (
    <section className="settings-item" aria-labelledby="hotkey-heading">
      <h3 id="hotkey-heading">Hotkey</h3>
      {!status.supported ? (
        <p>{status.message}</p>
      ) : (
        <>
          <p>
            {status.registered
              ? `Press ${status.label} in any app to open your ${w('aCopingBox')}, even while ${w('appName')} is locked.`
              : `${w('appName')} has no hotkey for the ${w('aCopingBox')} right now.`}
          </p>
          {status.message ? (
            <Notice tone="warning">
              <p>{status.message}</p>
            </Notice>
          ) : null}
          {status.suggestion ? (
            <div className="actions">
              <Button onClick={() => void change(status.suggestion!.accelerator)} busy={busy}>
                Use {status.suggestion.label} instead
              </Button>
            </div>
          ) : null}
          <form noValidate onSubmit={submit}>
            <TextField
              label="A different key combination"
              hint="For example Ctrl+Alt+H or Ctrl+Shift+F9. Include Ctrl, Alt, Cmd or Super."
              value={text}
              onChange={(event) => setText(event.target.value)}
              error={error}
              autoComplete="off"
              spellCheck={false}
            />
            <Button type="submit" busy={busy}>
              Change hotkey
            </Button>
          </form>
          <p role="status">{saved ?? ''}</p>
        </>
      )}
    </section>
  );
}

export function LockedAccessSetting() {
  const [view, setView] = useState<LockedAccessView | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Shown checked at once; the saved view follows when main answers. */
  const [pending, setPending] = useState<LockedAccessView['choice'] | null>(null);
  const name = useId();
  const w = useWords();

  useEffect(() => {
    void harbor.copingLockedAccess({}).then((r) => r.ok && setView(r.value));
  }, []);

  const choose = async (choice: LockedAccessView['choice']) => {
    setError(null);
    setPending(choice);
    const result = await harbor.copingSetLockedAccess({ choice });
    setPending(null);
    if (result.ok) setView(result.value);
    else setError(result.error.message);
  };

  if (!view) return null;
  const choice = pending ?? view.choice;
  const whileLockedHint = view.keychainAvailable
    ? "Kept encrypted by your computer's keychain."
    : `This computer has no keychain ${w('appName')} can use, so the copy would be stored unencrypted in ${w('appName')}'s data folder. Anyone who can open your files could read your ${w('aCopingBox')} and ${w('aSafetyPlan')}.`;
  return (
    <section className="settings-item" aria-labelledby="locked-access-heading">
      <h3 id="locked-access-heading">While {w('appName')} is locked</h3>
      <fieldset className="choice-list">
        <legend>
          Your own {w('aCopingBox')} and {w('aSafetyPlan')} open
        </legend>
        <label className="choice-list__option">
          <input type="radio" name={name} checked={choice === 'while-locked'} onChange={() => void choose('while-locked')} />
          <span>
            <span className="choice-list__title">Also while {w('appName')} is locked</span>
            <span className="choice-list__hint">{whileLockedHint}</span>
          </span>
        </label>
        <label className="choice-list__option">
          <input type="radio" name={name} checked={choice === 'after-unlock'} onChange={() => void choose('after-unlock')} />
          <span>
            <span className="choice-list__title">Only after unlock</span>
            <span className="choice-list__hint">While locked you get the starter box, the urge timer and crisis lines.</span>
          </span>
        </label>
      </fieldset>
      <p role="status">{view.explanation}</p>
      <p>Your journal is never readable while locked.</p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
