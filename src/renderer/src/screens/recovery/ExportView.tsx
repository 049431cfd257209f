import { useEffect, useId, useState } from 'react';
import { exportFormats, type ExportFormat } from '../../../../shared/contract/recovery.ts';
import { addDays, weekStartOf } from '../../../../shared/calendar.ts';
import { harbor } from '../../api/harbor';
import { Button, Checkbox, ConfirmDialog, Notice, TextField } from '../../components';
import { finishExport, type ExportOutcome } from './download';
import { useWords } from '../../api/AppearanceProvider';

const formatInfo: Record<ExportFormat, { label: string; about: string }> = {
  'diary-pdf': { label: 'Diary card as PDF', about: 'One page per week with the days as columns, to print or bring to a session.' },
  'diary-csv': { label: 'Diary card as CSV', about: 'The same table, for a spreadsheet.' },
  'journal-md': { label: 'Journal as Markdown', about: 'Every check-in in the dates you choose, as readable text.' },
  'journal-json': { label: 'Journal as JSON', about: 'Every check-in in the dates you choose, as structured data.' },
};


/** Share with a therapist: choose what and which days, read that the file is not encrypted, then create it. */
export function ExportView() {
  const groupId = useId();
  const w = useWords();
  const [format, setFormat] = useState<ExportFormat>('diary-pdf');
  const [today, setToday] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [includeNotes, setIncludeNotes] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  useEffect(() => {
    void Promise.all([harbor.journalToday({}), harbor.settingsGet({})]).then(([result, settings]) => {
      if (!result.ok) return;
      const day = result.value.calendarDay;
      setToday(day);
      setTo(day);
      // Last week and this one so far, by the person's week start: whole diary-card pages.
      setFrom(addDays(weekStartOf(day, settings.ok ? settings.value.weekStart : 'monday'), -7));
    });
  }, []);

  const create = async () => {
    setBusy(true);
    const result = await harbor.recoveryExport({ format, from, to, includeNotes, understood: true });
    setBusy(false);
    setConfirming(false);
    setOutcome(finishExport(result));
  };

  const diaryCard = format === 'diary-pdf' || format === 'diary-csv';
  return (
    <>
      <p className="recovery__intro">
        You can take your entries to a therapist. A diary card shows each day of the week side by side: emotions, the strongest
        urge, {w('harmInExport')}, triggers, and what you used to cope and how much it helped.
      </p>
      <Notice tone="warning" live="none" title="Exported files are not encrypted">
        <p>Anyone who can open the file can read it. Keep it somewhere private and delete it when you no longer need it.</p>
      </Notice>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!from || !to) return setOutcome({ tone: 'warning', text: 'Choose the first and the last day.' });
          setOutcome(null);
          setConfirming(true);
        }}
      >
        <fieldset className="export-choice">
          <legend>What would you like to share?</legend>
          {exportFormats.map((f) => (
            <div key={f} className="export-choice__option">
              <input
                type="radio"
                id={`${groupId}-${f}`}
                name={`${groupId}-format`}
                value={f}
                checked={format === f}
                aria-describedby={`${groupId}-${f}-about`}
                onChange={() => setFormat(f)}
              />
              <label htmlFor={`${groupId}-${f}`}>{formatInfo[f].label}</label>
              <p id={`${groupId}-${f}-about`} className="export-choice__about">
                {formatInfo[f].about}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="export-range">
          <TextField label="First day" type="date" value={from} max={to || today || undefined} onChange={(e) => setFrom(e.target.value)} />
          <TextField label="Last day" type="date" value={to} min={from || undefined} max={today ?? undefined} onChange={(e) => setTo(e.target.value)} />
        </div>
        {diaryCard ? (
          <Checkbox
            label="Include my notes"
            hint="What you wrote about each day, as a row of the card."
            checked={includeNotes}
            onChange={(e) => setIncludeNotes(e.target.checked)}
          />
        ) : null}
        {format === 'diary-pdf' ? (
          <p className="export-choice__about">
            The PDF shows Western European letters. Other characters appear simplified or as “?”; the CSV keeps every character.
          </p>
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary">
            Create file
          </Button>
        </div>
      </form>
      {outcome ? (
        <Notice className="export-outcome" tone={outcome.tone} live={outcome.tone === 'warning' ? 'alert' : 'status'}>
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="This file will not be encrypted"
        confirmLabel="Create the file"
        busy={busy}
        onConfirm={() => void create()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Inside {w('appName')} your journal is encrypted. The file you are about to create is not: anyone who can open it can read it. Keep
          it somewhere private, share it only with people you trust, and delete it when you no longer need it.
        </p>
      </ConfirmDialog>
    </>
  );
}
