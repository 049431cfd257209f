import { useState, type FormEvent } from 'react';
import { RANGE_WEEKS, type PatternsRange, type RangeWeeks } from '../../../../shared/contract/patterns.ts';
import { Button, RadioGroup } from '../../components';

export type RangeChoice = { weeks: RangeWeeks } | { from: string; to: string };

export interface RangePickerProps {
  choice: RangeChoice;
  /** The range as main resolved it, for the dates shown and the custom fields' starting values. */
  shown: PatternsRange | null;
  onChoose: (choice: RangeChoice) => void;
}

/** Last 4, 12, 26 or 52 weeks, or custom dates. */
export function RangePicker({ choice, shown, onChoose }: RangePickerProps) {
  const [custom, setCustom] = useState('weeks' in choice ? false : true);
  const [from, setFrom] = useState('from' in choice ? choice.from : (shown?.from ?? ''));
  const [to, setTo] = useState('to' in choice ? choice.to : (shown?.to ?? ''));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose({ from, to });
  };
  const openCustom = () => {
    setCustom(true);
    if (!from && shown) setFrom(shown.from);
    if (!to && shown) setTo(shown.to);
  };
  return (
    <form className="range-picker" onSubmit={submit}>
      <RadioGroup
        legend="Show"
        name="range"
        value={custom ? 'custom' : 'weeks' in choice ? String(choice.weeks) : 'custom'}
        options={[...RANGE_WEEKS.map((weeks) => ({ value: String(weeks), label: `Last ${weeks} weeks` })), { value: 'custom', label: 'Custom dates' }]}
        onChange={(value) => {
          if (value === 'custom') return openCustom();
          setCustom(false);
          onChoose({ weeks: Number(value) as RangeWeeks });
        }}
      />
      {custom ? (
        <div className="range-picker__custom">
          <label className="field range-picker__date">
            <span className="field__label">From</span>
            <input className="field__input" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
          </label>
          <label className="field range-picker__date">
            <span className="field__label">To</span>
            <input className="field__input" type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
          </label>
          <Button type="submit" variant="primary">
            Show these dates
          </Button>
        </div>
      ) : null}
    </form>
  );
}
