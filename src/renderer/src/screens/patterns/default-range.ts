import type { RangeWeeks } from '../../../../shared/contract/patterns.ts';

/** The range Patterns opens with: long enough to show a pattern, short enough to feel current. */
export const DEFAULT_RANGE: { weeks: RangeWeeks } = { weeks: 12 };
