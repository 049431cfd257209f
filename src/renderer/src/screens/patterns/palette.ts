// Chart colours come from the design tokens (styles.css --chart-1…5, Okabe–Ito, both themes).
// Lines also differ by dash pattern, so no series depends on colour alone.
import type { TriggerKind } from '../../../../shared/contract/journal.ts';

export const seriesColours = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'] as const;
export const seriesDashes = [undefined, '7 4', '2 4', '10 4 2 4', '4 2'] as const;

export const kindColour: Record<TriggerKind, string> = {
  situation: 'var(--chart-1)',
  thought: 'var(--chart-2)',
  feeling: 'var(--chart-3)',
};

export const kindLabel: Record<TriggerKind, string> = {
  situation: 'Situations',
  thought: 'Thoughts',
  feeling: 'Feelings',
};

/** Self-harm days: a small neutral mark, never red (docs/design.md). */
export const NEUTRAL_MARKER = 'var(--neutral-marker)';
