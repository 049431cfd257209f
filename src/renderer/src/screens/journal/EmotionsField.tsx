// The check-in's emotions: a 0–5 rating for each of the person's emotions, and "I can't name it",
// which opens the feelings wheel and adds the words found there to the day.
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CheckIn, JournalPreferences } from '../../../../shared/contract/journal.ts';
import { forDay } from '../../../../shared/vocabulary.ts';
import { Button } from '../../components';
import { Scale } from './Scale';
import { EmotionWheel } from './EmotionWheel';
import { emotionRating, withEmotion } from './check-in-form';

export interface EmotionsFieldProps {
  form: CheckIn;
  preferences: JournalPreferences;
  /** "today", or the check-in's day named ("on Tuesday"): a past day is never called today. */
  when: string;
  onChange: (form: CheckIn) => void;
}

export function EmotionsField({ form, preferences, when, onChange }: EmotionsFieldProps) {
  const [wheelOpen, setWheelOpen] = useState(false);
  const [added, setAdded] = useState<string[]>([]);
  const opener = useRef<HTMLButtonElement>(null);

  const visible = preferences.emotions.filter((e) => !e.hidden || emotionRating(form, e.name) !== null).map((e) => e.name);
  // Ratings for names not in the list (renamed elsewhere, from an older version, or found with the wheel) still show.
  for (const rated of form.emotions) if (!visible.includes(rated.name)) visible.push(rated.name);

  const closeWheel = () => {
    setWheelOpen(false);
    opener.current?.focus();
  };
  const addFound = (names: string[], rating: number) => {
    onChange(names.reduce((next, name) => withEmotion(next, name, rating), form));
    setAdded(names);
    closeWheel();
  };

  return (
    <div className="emotions" role="group" aria-labelledby="emotions-title">
      <p className="scale__legend" id="emotions-title">
        {forDay('Emotions today', when)}
      </p>
      <p className="scale__hint">Rate the ones that fit, 0 for not at all up to 5 for very strong. Leave the rest.</p>
      {visible.map((name) => (
        <Scale key={name} legend={name} min={0} max={5} compact value={emotionRating(form, name)} onChange={(rating) => onChange(withEmotion(form, name, rating))} />
      ))}
      <Button ref={opener} onClick={() => setWheelOpen(true)}>
        I can&apos;t name it
      </Button>
      <p className="muted" role="status">
        {added.length ? `Added to ${when === 'today' ? 'today' : 'this check-in'}: ${added.join(', ')}. You can change how strong each one was above.` : ''}
      </p>
      {/* Outside the check-in's <form>, so Enter in the wheel never saves the check-in; in a
          .journal box so its scale looks like the check-in's. */}
      {createPortal(
        <div className="journal">
          <EmotionWheel open={wheelOpen} when={when} onAdd={addFound} onClose={closeWheel} />
        </div>,
        document.body,
      )}
    </div>
  );
}
