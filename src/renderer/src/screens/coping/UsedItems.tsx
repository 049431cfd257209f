import type { CopingItem } from '../../../../shared/contract/coping.ts';
import { Checkbox } from '../../components';
import { timerSession, useSessionView } from './timer-session';

/** "What are you using?": tick every item from the box used in this round, any number of them. */
export function UsedItems({ items, legend }: { items: readonly CopingItem[]; legend: string }) {
  const session = timerSession();
  const { items: used } = useSessionView();
  const usedIds = new Set(used.map((i) => i.id));
  // Items ticked from a box that has since changed (a locked copy, say) stay listed.
  const shown = [...items.filter((i) => !i.hidden), ...used.filter((u) => !items.some((i) => i.id === u.id))];
  if (shown.length === 0) return null;
  return (
    <fieldset className="used-items">
      <legend className="urge-scale__legend">{legend}</legend>
      <p className="urge-scale__hint">Tick as many as you like. They count in Patterns under What helps.</p>
      <div className="used-items__list">
        {shown.map((item) => (
          <Checkbox
            key={item.id}
            label={item.title}
            checked={usedIds.has(item.id)}
            onChange={(event) => session.setUsed(item, event.target.checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
