// "I can't name it": a dialog that helps find the word, first the family that is closest, then,
// if one fits better, a finer word. The chosen words join the day's emotions at the strength picked.
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components';
import { Scale } from './Scale';
import { feelingFamilies } from './feeling-words';

export interface EmotionWheelProps {
  open: boolean;
  /** "today", or the check-in's day named ("on Tuesday"): a past day is never called today. */
  when?: string;
  onAdd: (names: string[], rating: number) => void;
  onClose: () => void;
}

const DEFAULT_STRENGTH = 3;

export function EmotionWheel({ open, when = 'today', onAdd, onClose }: EmotionWheelProps) {
  const [family, setFamily] = useState<string | null>(null);
  const [words, setWords] = useState<string[]>([]);
  const [strength, setStrength] = useState<number | null>(null);
  const [nothingPicked, setNothingPicked] = useState(false);
  const familiesId = useId();
  const chosen = feelingFamilies.find((f) => f.name === family);

  const reset = () => {
    setFamily(null);
    setWords([]);
    setStrength(null);
    setNothingPicked(false);
  };
  const close = () => {
    reset();
    onClose();
  };
  const add = () => {
    if (!family) return setNothingPicked(true);
    // A finer word replaces the family's own word; with none ticked, the family's word is the name.
    onAdd(words.length ? words : [family], strength ?? DEFAULT_STRENGTH);
    reset();
  };
  const toggle = (word: string) => setWords((now) => (now.includes(word) ? now.filter((w) => w !== word) : [...now, word]));

  return (
    <ConfirmDialog open={open} title="Finding a word for it" confirmLabel={when === 'today' ? 'Add to today' : 'Add to this check-in'} onConfirm={add} onCancel={close}>
      <p>Feelings can be hard to name, and numb is a feeling too. Pick what is closest; nothing has to be exact.</p>
      <fieldset className="feelings" aria-describedby={nothingPicked ? `${familiesId}-error` : undefined}>
        <legend className="scale__legend">Which is closest?</legend>
        {nothingPicked ? (
          <p className="field__error" id={`${familiesId}-error`} role="alert">
            Pick the one that is closest, or close this with Cancel.
          </p>
        ) : null}
        <div className="feelings__families">
          {feelingFamilies.map((f) => (
            <label key={f.name} className="feelings__family">
              <input
                type="radio"
                name={familiesId}
                value={f.name}
                checked={family === f.name}
                onChange={() => {
                  setFamily(f.name);
                  setWords([]);
                  setNothingPicked(false);
                }}
              />
              <span>
                <strong>{f.name}</strong> <span className="muted">{f.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {chosen ? (
        <>
          <fieldset className="feelings">
            <legend className="scale__legend">Does a finer word fit? (optional)</legend>
            <div className="feelings__words">
              {chosen.words.map((word) => (
                <label key={word} className="feelings__word">
                  <input type="checkbox" checked={words.includes(word)} onChange={() => toggle(word)} />
                  <span>{word}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <Scale legend="How strong is it? (optional)" min={1} max={5} value={strength} onChange={setStrength} ends={['a little', 'very strong']} />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
