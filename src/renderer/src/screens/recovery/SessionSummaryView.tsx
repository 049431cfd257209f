import { useEffect, useId, useState } from 'react';
import { summarySections, summarySectionTitles, type SummaryPreview, type SummarySection } from '../../../../shared/contract/summary.ts';
import { formatDate } from '../../../../shared/calendar.ts';
import { harbor } from '../../api/harbor';
import { useWords } from '../../api/AppearanceProvider';
import { Button, Checkbox, ConfirmDialog, Notice, TextField } from '../../components';
import { finishExport, type ExportOutcome } from './download';

/** A PDF for a session with a therapist: choose the days and the parts, read each page, then save. */
export function SessionSummaryView() {
  const w = useWords();
  const partsId = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [today, setToday] = useState<string | null>(null);
  const [lastMadeOn, setLastMadeOn] = useState<string | null>(null);
  const [parts, setParts] = useState<SummarySection[]>([...summarySections]);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [preview, setPreview] = useState<SummaryPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  useEffect(() => {
    void harbor.summaryDefaultRange({}).then((result) => {
      if (!result.ok) return setOutcome({ tone: 'warning', text: result.error.message });
      setFrom(result.value.from);
      setTo(result.value.to);
      setToday(result.value.to);
      setLastMadeOn(result.value.lastMadeOn);
    });
  }, []);

  /** Any change to what goes in makes the preview out of date: it is put away until asked for again. */
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPreview(null);
  };
  const title = (part: SummarySection) => (part === 'safety-plan' ? w('yourSafetyPlan') : summarySectionTitles[part]);
  const request = { from, to, parts, includeNotes };

  const showPreview = async () => {
    setBusy('preview');
    setOutcome(null);
    const result = await harbor.summaryPreview(request);
    setBusy(null);
    if (result.ok) setPreview(result.value);
    else setOutcome({ tone: 'warning', text: result.error.message });
  };

  const save = async () => {
    setBusy('save');
    const result = await harbor.summaryExport({ ...request, understood: true });
    setBusy(null);
    setConfirming(false);
    setOutcome(finishExport(result));
  };

  return (
    <section aria-labelledby="summary-title" className="session-summary">
      <h2 id="summary-title">Session summary</h2>
      <p className="recovery__intro">
        One PDF to bring to a session: the parts you choose, for the days you choose.
        {lastMadeOn ? ` It starts after your last summary, made on ${formatDate(lastMadeOn)}.` : ''}
      </p>
      <fieldset className="export-choice">
        <legend>The days it covers</legend>
        <div className="export-range">
          <TextField label="From" type="date" value={from} max={to || today || undefined} onChange={(e) => change(setFrom)(e.target.value)} />
          <TextField label="Until" type="date" value={to} min={from || undefined} max={today ?? undefined} onChange={(e) => change(setTo)(e.target.value)} />
        </div>
      </fieldset>
      <fieldset className="export-choice" aria-describedby={`${partsId}-about`}>
        <legend>What to include</legend>
        <p id={`${partsId}-about`} className="export-choice__about session-summary__about">
          Every part is included unless you untick it.
        </p>
        {summarySections.map((part) => (
          <Checkbox
            key={part}
            label={title(part)}
            checked={parts.includes(part)}
            onChange={(e) => change(setParts)(e.target.checked ? summarySections.filter((p) => p === part || parts.includes(p)) : parts.filter((p) => p !== part))}
          />
        ))}
        <Checkbox
          label="Include my notes in the diary card"
          hint="What you wrote about each day."
          checked={includeNotes}
          disabled={!parts.includes('diary-card')}
          onChange={(e) => change(setIncludeNotes)(e.target.checked)}
        />
      </fieldset>
      <div className="actions">
        <Button busy={busy === 'preview'} onClick={() => void showPreview()}>
          Show preview
        </Button>
        <Button variant="primary" onClick={() => (parts.length === 0 ? setOutcome({ tone: 'warning', text: 'Choose at least one part to include.' }) : setConfirming(true))}>
          Save summary
        </Button>
      </div>
      {outcome ? (
        <Notice className="export-outcome" tone={outcome.tone} live={outcome.tone === 'warning' ? 'alert' : 'status'}>
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
      {preview ? <PreviewPages preview={preview} /> : null}
      <ConfirmDialog
        open={confirming}
        title="This file will not be encrypted"
        confirmLabel="Save the summary"
        busy={busy === 'save'}
        onConfirm={() => void save()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          Inside Harbor your journal is encrypted. The summary is not: anyone who can open it can read it. Keep it somewhere private,
          share it only with people you trust, and delete it when you no longer need it.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** Each page's text as it is drawn, in order: what the PDF will hold. */
function PreviewPages({ preview }: { preview: SummaryPreview }) {
  return (
    <section aria-label="Preview" className="summary-preview">
      <p className="recovery__status" role="status">
        The summary has {preview.pages.length === 1 ? '1 page' : `${preview.pages.length} pages`}. It will be saved as {preview.fileName}.
      </p>
      {preview.pages.map((page, i) => (
        <article key={i} className="summary-preview__page" aria-label={`Page ${i + 1} of ${preview.pages.length}`}>
          <h3 className="summary-preview__number">
            Page {i + 1} of {preview.pages.length}
          </h3>
          {page.lines.map((line, j) => (
            <p key={j} className={`summary-preview__line summary-preview__line--${line.style} summary-preview__line--indent-${Math.min(line.indent, 2)}`}>
              {line.text}
            </p>
          ))}
        </article>
      ))}
    </section>
  );
}
