// Every text limit shows itself before it is reached: from 90% of the limit a quiet count of what
// is left, and past it how much to shorten. Nothing is cut: the words stay as typed.

import { limitWords } from './limit-words';

export interface LimitCounterProps {
  /** Give the field `aria-describedby` this id. */
  id: string;
  length: number;
  limit: number;
  /** Words for a text past the limit, when the field has something more specific to say. */
  over?: (excess: number) => string;
}

/** Always in the page (an empty live region), so screen readers announce it when it starts to speak. */
export function LimitCounter({ id, length, limit, over }: LimitCounterProps) {
  const words = limitWords(length, limit, over);
  return (
    <p id={id} className={length > limit ? 'field__counter field__counter--over' : 'field__counter'} aria-live="polite">
      {words}
    </p>
  );
}
