// The check-in form's state is the contract's CheckIn itself, so what the form holds is exactly
// what is saved; these helpers turn entries into form state and make small immutable edits.
import type { CheckIn, Entry, PromptKey, TriggerKind } from '../../../../shared/contract/journal.ts';

export const emptyCheckIn = (): CheckIn => ({
  mood: null,
  emotions: [],
  peakUrge: null,
  selfHarm: null,
  triggers: [],
  helped: [],
  reflection: '',
  prompts: [],
  extras: { sleepHours: null, ateRegularly: null, medicationTaken: null, exercised: null },
});

export function checkInOf(entry: Entry): CheckIn {
  return {
    mood: entry.mood,
    emotions: entry.emotions,
    peakUrge: entry.peakUrge,
    selfHarm: entry.selfHarm,
    triggers: entry.triggers.map(({ name, kind }) => ({ name, kind })),
    helped: entry.helped,
    reflection: entry.reflection,
    prompts: entry.prompts,
    extras: entry.extras,
  };
}

export function emotionRating(form: CheckIn, name: string): number | null {
  return form.emotions.find((e) => e.name === name)?.rating ?? null;
}

export function withEmotion(form: CheckIn, name: string, rating: number): CheckIn {
  return { ...form, emotions: [...form.emotions.filter((e) => e.name !== name), { name, rating }] };
}

const sameTag = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/** Adds a trigger unless the same one (ignoring case and spaces) is already there. */
export function withTrigger(form: CheckIn, name: string, kind: TriggerKind): CheckIn {
  const tidy = name.trim().replace(/\s+/g, ' ');
  if (!tidy || form.triggers.some((t) => t.kind === kind && sameTag(t.name, tidy))) return form;
  return { ...form, triggers: [...form.triggers, { name: tidy, kind }] };
}

export function withoutTrigger(form: CheckIn, index: number): CheckIn {
  return { ...form, triggers: form.triggers.filter((_, i) => i !== index) };
}

export function promptAnswer(form: CheckIn, key: PromptKey): string {
  return form.prompts.find((p) => p.key === key)?.answer ?? '';
}

export function withPromptAnswer(form: CheckIn, key: PromptKey, answer: string): CheckIn {
  const others = form.prompts.filter((p) => p.key !== key);
  return { ...form, prompts: answer ? [...others, { key, answer }] : others };
}

/** "What helped" rows with an empty label are still being typed; they are not sent. */
export function forSaving(form: CheckIn): CheckIn {
  return { ...form, helped: form.helped.filter((h) => h.label.trim().length > 0) };
}
