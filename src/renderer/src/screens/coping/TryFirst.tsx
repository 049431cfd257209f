import { useEffect, useId, useState } from 'react';
import type { CopingBoxView, CopingItem, MatchedHelpView } from '../../../../shared/contract/coping.ts';
import { harbor } from '../../api/harbor';
import { Button } from '../../components';
import './try-first.css';

export interface TryFirstProps {
  box: CopingBoxView;
  /** Starts the urge timer with an item; absent while a round runs. */
  onStart?: (item: CopingItem) => void;
}

/**
 * What to try first, at the top of the box: the items that lowered the urge most after the trigger
 * named today (or picked here from the person's most common), with how often; otherwise their
 * favourites. While locked the triggers are journal data and stay locked: favourites only.
 */
export function TryFirst({ box, onStart }: TryFirstProps) {
  const unlocked = box.vault === 'unlocked';
  const [help, setHelp] = useState<MatchedHelpView | null>(null);
  /** undefined: today's trigger, as Harbor found it; null: "Not sure"; a number: the person's pick. */
  const [picked, setPicked] = useState<number | null | undefined>(undefined);
  const questionId = useId();
  const headingId = useId();

  useEffect(() => {
    let live = true;
    if (unlocked) {
      void harbor.copingMatchedHelp(picked === undefined ? {} : { triggerId: picked }).then((result) => {
        if (live) setHelp(result.ok ? result.value : null);
      });
    }
    return () => {
      live = false;
    };
    // The box is reloaded after each change (a favourite, a round saved): ask again then too.
  }, [unlocked, picked, box]);

  const shown = unlocked ? help : null;
  const visible = new Map(box.items.filter((item) => !item.hidden).map((item) => [item.id, item]));
  const matched = (shown?.items ?? []).flatMap((m) => {
    const item = visible.get(m.itemId);
    return item ? [{ item, sentence: m.sentence as string | null }] : [];
  });
  const favourites = [...visible.values()].filter((item) => item.favourite).map((item) => ({ item, sentence: null }));
  const list = matched.length > 0 ? matched : favourites;
  const trigger = shown?.trigger ?? null;
  const choices = shown?.choices ?? [];
  if (list.length === 0 && choices.length === 0) return null;

  return (
    <section className="try-first" aria-labelledby={list.length > 0 ? headingId : questionId}>
      {choices.length > 0 ? (
        <div className="try-first__chooser" role="group" aria-labelledby={questionId}>
          <p id={questionId} className="try-first__question">
            What set it off?
          </p>
          <div className="try-first__choices">
            {choices.map((choice) => (
              <button
                key={choice.id}
                type="button"
                className="pill-button try-first__choice"
                aria-pressed={trigger?.id === choice.id}
                onClick={() => setPicked(choice.id)}
              >
                <bdi>{choice.name}</bdi>
              </button>
            ))}
            <button type="button" className="pill-button try-first__choice" aria-pressed={trigger === null} onClick={() => setPicked(null)}>
              Not sure
            </button>
          </div>
        </div>
      ) : null}
      {trigger && matched.length === 0 ? (
        <p className="try-first__note">
          After ‘<bdi>{trigger.name}</bdi>’ there are not enough timer rounds yet to say what helps.
          {favourites.length > 0 ? ' Your favourites come first.' : ''}
        </p>
      ) : null}
      {list.length > 0 ? (
        <>
          <h3 id={headingId} className="try-first__heading">
            {matched.length > 0 && trigger ? (
              <>
                What has helped after ‘<bdi>{trigger.name}</bdi>’
              </>
            ) : (
              'Your favourites'
            )}
          </h3>
          <ul className="try-first__list">
            {list.map(({ item, sentence }) => (
              <li key={item.id} className="try-first__item">
                <span className="try-first__main">
                  <span className="try-first__title">{item.title}</span>
                  {sentence ? <span className="try-first__sentence">{sentence}</span> : null}
                </span>
                {onStart ? (
                  <Button aria-label={`Start the timer with ${item.title}`} onClick={() => onStart(item)}>
                    Start the timer
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
