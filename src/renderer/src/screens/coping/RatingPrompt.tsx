import { useId } from 'react';

export interface RatingPromptProps {
  question: string;
  onRate: (urge: number) => void;
  onSkip: () => void;
}

/**
 * "How strong is the urge?" as eleven buttons: one tap (or Tab and Enter) answers, Skip puts it
 * away. It never takes focus and never stops the countdown.
 */
export function RatingPrompt({ question, onRate, onSkip }: RatingPromptProps) {
  const id = useId();
  return (
    <div className="rating-prompt" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-hint`}>
      <p id={`${id}-question`} className="rating-prompt__question" aria-live="polite">
        {question}
      </p>
      <p id={`${id}-hint`} className="urge-scale__hint">
        0 is no urge at all, 10 is the strongest you can imagine. You can skip this.
      </p>
      <div className="rating-prompt__numbers">
        {Array.from({ length: 11 }, (_, n) => (
          <button key={n} type="button" className="pill-button rating-prompt__number" onClick={() => onRate(n)}>
            {n}
          </button>
        ))}
        <button type="button" className="button button--quiet rating-prompt__skip" onClick={onSkip}>
          Skip
        </button>
      </div>
    </div>
  );
}
