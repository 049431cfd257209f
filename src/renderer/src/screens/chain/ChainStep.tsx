import { useRef } from 'react';
import { CHAIN_LINE_MAX, CHAIN_MAX_VULNERABILITIES, CHAIN_TEXT_MAX } from '../../../../shared/contract/chain.ts';
import { Button, TextArea, TextField } from '../../components';
import { newKey, type ChainDraft } from './chain-model';
import type { ChainStepId } from './ChainStepList';
import { ChainLinks } from './ChainLinks';
import { ChainRepairs } from './ChainRepairs';

export interface ChainStepProps {
  step: ChainStepId;
  relapseId: number;
  draft: ChainDraft;
  onChange: (update: (draft: ChainDraft) => ChainDraft) => void;
  onGoTo: (step: ChainStepId) => void;
}

/** The body of one step. Nothing here asks how; "what happened" says plainly that no detail is needed. */
export function ChainStep({ step, relapseId, draft, onChange, onGoTo }: ChainStepProps) {
  switch (step) {
    case 'vulnerabilities':
      return <Vulnerabilities draft={draft} onChange={onChange} />;
    case 'prompt':
      return (
        <TextField
          label="What set it off?"
          hint="The moment, event or message just before things got harder. A few words are enough."
          limit={CHAIN_LINE_MAX}
          value={draft.promptingEvent}
          onChange={(event) => {
            const promptingEvent = event.target.value;
            onChange((d) => ({ ...d, promptingEvent }));
          }}
        />
      );
    case 'links':
      return <ChainLinks draft={draft} onChange={onChange} />;
    case 'happened':
      return (
        <>
          <p className="chain__no-detail">
            <strong>No need for detail.</strong> Nobody needs to know how. A few plain words are enough, or you can skip this.
          </p>
          <TextArea
            label="What happened, in as few words as you like"
            rows={3}
            limit={CHAIN_TEXT_MAX}
            value={draft.whatHappened}
            onChange={(event) => {
              const whatHappened = event.target.value;
              onChange((d) => ({ ...d, whatHappened }));
            }}
          />
        </>
      );
    case 'after':
      return (
        <TextArea
          label="What came after?"
          hint="How you felt afterwards, what changed, how others responded. Short is fine."
          rows={4}
          limit={CHAIN_TEXT_MAX}
          value={draft.consequences}
          onChange={(event) => {
            const consequences = event.target.value;
            onChange((d) => ({ ...d, consequences }));
          }}
        />
      );
    case 'breaks':
      return <ChainRepairs relapseId={relapseId} draft={draft} onChange={onChange} onGoTo={onGoTo} />;
  }
}

/** One short line each, so the same thing can be noticed when it comes up again another time. */
function Vulnerabilities({ draft, onChange }: Pick<ChainStepProps, 'draft' | 'onChange'>) {
  const list = useRef<HTMLOListElement>(null);
  const full = draft.vulnerabilities.length >= CHAIN_MAX_VULNERABILITIES;
  const addLine = () => {
    if (full) return;
    onChange((d) => ({ ...d, vulnerabilities: [...d.vulnerabilities, { key: newKey(), text: '' }] }));
    // The new line is drawn on the next frame; writing goes straight on there.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <>
      <p className="chain__hint">
        What made things harder that day or in the days before, for example “tired”, “skipped meals”, “alone all weekend”. One
        thing on each line. Leave a line empty to take it out.
      </p>
      <ol className="chain__lines" ref={list}>
        {draft.vulnerabilities.map((line, index) => (
          <li key={line.key}>
            <TextField
              label={`Line ${index + 1}`}
              limit={CHAIN_LINE_MAX}
              value={line.text}
              onChange={(event) => {
                const text = event.target.value;
                onChange((d) => ({ ...d, vulnerabilities: d.vulnerabilities.map((l) => (l.key === line.key ? { ...l, text } : l)) }));
              }}
              onKeyDown={(event) => {
                // Enter starts the next line, as in a list on paper.
                if (event.key === 'Enter' && index === draft.vulnerabilities.length - 1 && line.text.trim() !== '') {
                  event.preventDefault();
                  addLine();
                }
              }}
            />
          </li>
        ))}
      </ol>
      {full ? (
        <p className="chain__hint">That is as many lines as this step holds.</p>
      ) : (
        <Button onClick={addLine}>Add another line</Button>
      )}
    </>
  );
}
