// Settings → Import: choose a file (the desktop app's own open dialog, or the page's file picker in
// the browser harness), look at what it holds and adjust moods and activities, then import.
import { useEffect, useRef, useState } from 'react';
import type { ImportPreview, StagedImportFile } from '../../../../shared/contract/import.ts';
import { harbor } from '../../api/harbor';
import { Button, ErrorNotice, Notice } from '../../components';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { sendFile } from './send-file';
import { noChoices, toInput, type Choices } from './choices';
import { useWords } from '../../api/AppearanceProvider';
import './import.css';

export function ImportSection() {
  const w = useWords();
  const [dialog, setDialog] = useState<boolean | null>(null);
  const [file, setFile] = useState<StagedImportFile | null>(null);
  const [choices, setChoices] = useState<Choices>(noChoices);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  useEffect(() => {
    let live = true;
    void harbor.importChooseFile({ open: false }).then((result) => live && setDialog(result.ok && result.value.supported));
    return () => {
      live = false;
    };
  }, []);

  const refresh = async (next: Choices) => {
    const ask = ++asked.current;
    const result = await harbor.importPreview(toInput(next));
    if (ask !== asked.current) return; // a newer choice is on its way
    if (result.ok) {
      setPreview(result.value);
      setError(null);
    } else setError(result.error.message);
  };

  const start = async (staged: StagedImportFile) => {
    setFile(staged);
    setChoices(noChoices);
    setPreview(null);
    await refresh(noChoices);
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    setError(null);
    setDone(null);
    setBusy(true);
    const staged = await sendFile(chosen);
    setBusy(false);
    if (input.current) input.current.value = '';
    if (staged.ok) await start(staged.value);
    else setError(staged.error.message);
  };

  const openDialog = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    const result = await harbor.importChooseFile({ open: true });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.value.file) await start(result.value.file);
  };

  const change = (next: Choices) => {
    setChoices(next);
    void refresh(next);
  };

  const close = async () => {
    asked.current++;
    setFile(null);
    setPreview(null);
    setChoices(noChoices);
    setError(null);
    await harbor.importForget({});
  };

  const importNow = async () => {
    setBusy(true);
    const result = await harbor.importCommit(toInput(choices));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await close();
    setDone(result.value.message);
  };

  return (
    <div className="app-settings import">
      <p>
        Bring your history with you: a Daylio export (CSV) or backup (.daylio), a Bearable export (CSV), a table from another app (CSV), or{' '}
        {w('appName')}’s own journal export (JSON). You see what the file holds, and choose how its moods and activities fit, before anything is
        written. Importing the same file again adds nothing.
      </p>
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      {dialog ? (
        <div className="actions">
          <Button busy={busy} onClick={() => void openDialog()}>
            Choose a file to import…
          </Button>
        </div>
      ) : dialog === false ? (
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            Choose a file to import
          </label>
          <input
            ref={input}
            id="import-file"
            className="import__file"
            type="file"
            accept=".csv,.daylio,.json,text/csv,application/json"
            onChange={(event) => void choose(event.target.files?.[0])}
            disabled={busy}
          />
        </div>
      ) : null}
      <ErrorNotice message={error} />
      {file && !preview && !error ? <p aria-busy="true">Reading {file.name}…</p> : null}
      {file && preview ? (
        <ImportPreviewPanel preview={preview} choices={choices} busy={busy} onChange={change} onImport={() => void importNow()} onCancel={() => void close()} />
      ) : null}
    </div>
  );
}
