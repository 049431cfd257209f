// What every field of the contract is called in the person's words, and how a refused input is
// said. Main turns a zod refusal into one of these sentences, so no message a person sees names
// an internal field ("checkIn.reflection:"). A test walks every input schema of the contract and
// fails when a field has no words here, so a new field cannot slip through.
import type { z } from 'zod';

/** Field key → what it is, as the subject of a sentence. `parent.key` wins over `key`. */
export const fieldWords: Record<string, string> = {
  accelerator: 'The hotkey',
  activities: 'The activities in the file',
  'reflection.after': 'What you would do next time',
  alone: 'Things you can do on your own',
  answer: 'Your answer',
  ateRegularly: 'Whether you ate regularly',
  autoLockMinutes: 'The time before Harbor locks',
  base64: 'The file',
  before: 'The date to look back from',
  body: 'Your note',
  checkIn: 'The check-in',
  choice: 'Your choice',
  columns: 'The columns you chose',
  confirm: 'The second passphrase',
  consequences: 'What followed',
  contacts: 'The people and services in your plan',
  content: 'The chain',
  copingItemId: 'The coping item',
  copingKind: 'The kind of coping item',
  country: 'The country',
  current: 'Your current passphrase',
  'columns.date': 'The date column',
  date: 'The date',
  day: 'The date',
  dbtExtrasEnabled: 'The diary-card setting',
  direction: 'The direction to move it',
  done: 'The tick',
  discreetMode: 'The discreet mode setting',
  distractions: 'People and places that distract you',
  'checkIn.emotions': 'Your emotions',
  emotions: 'The emotions you follow',
  'emotions.name': 'An emotion name',
  enabled: 'The on or off choice',
  endedAt: 'When the round ended',
  excludeId: 'The item to leave out',
  exercised: 'Whether you moved or exercised',
  extras: 'The diary card',
  favourite: 'The favourite mark',
  'reflection.feelings': 'What you felt',
  folder: 'The folder',
  format: 'The export format',
  from: 'The start date',
  fromId: 'The tag to merge',
  helped: 'What helped',
  helpers: 'People you can ask for help',
  hidden: 'The hidden mark',
  id: 'The item',
  includeNotes: 'Whether to include your notes',
  intoId: 'The tag to merge into',
  items: 'The items you used',
  key: 'The prompt',
  kind: 'The kind',
  'triggers.kind': 'The kind of trigger',
  label: 'What helped',
  'moods.label': 'The mood word',
  lapseNotes: 'What to do with the note',
  level: 'The mood level',
  limit: 'How many to show',
  links: 'The links of the chain',
  lockOnScreenLock: 'The screen-lock setting',
  medicationTaken: 'Whether you took your medication',
  minute: 'The minute of the rating',
  minutesPlanned: 'The length of the round',
  mood: 'Your mood',
  'columns.mood': 'The mood column',
  moods: 'The mood words',
  name: 'The name',
  mightHappen: 'What might happen',
  caption: 'The caption',
  image: 'The photo',
  'image.type': 'The kind of photo',
  'image.base64': 'The photo',
  audio: 'The recording',
  'audio.base64': 'The recording',
  'skills.title': 'A skill',
  'skills.itemId': 'The coping item',
  skills: 'The skills you will use',
  people: 'The people you will tell',
  'triggers.name': 'A trigger tag',
  newPassphrase: 'Your new passphrase',
  next: 'Your new passphrase',
  nextTime: 'What you would try next time',
  note: 'The note',
  number: 'The phone number',
  offset: 'The part of the file',
  open: 'The file',
  outcome: 'How the round ended',
  passphrase: 'Your passphrase',
  parts: 'The parts of the summary',
  peakUrge: 'Your strongest urge',
  phase: 'The recovery phase',
  professionals: 'Professionals and services',
  promptingEvent: 'What set it off',
  prompts: 'Your answers to the prompts',
  promptsEnabled: 'The prompts setting',
  query: 'What you searched for',
  rating: 'The rating',
  ratings: 'The urge ratings',
  reach: 'How to reach them',
  reasons: 'Your reasons for living',
  recoveryCode: 'Your recovery code',
  reflection: 'Your reflection',
  relapseId: 'The note',
  repair: 'What could have broken the chain',
  role: 'The role of the activity',
  safer_surroundings: 'Making your surroundings safer',
  scheme: 'The way to reach them',
  secret: 'The passphrase or recovery code',
  secretKind: 'The kind of secret',
  section: 'The section of your plan',
  sections: 'Your safety plan',
  selfHarm: 'Your answer about self-harm',
  selfHarmDays: 'The choice about self-harm days',
  sleepHours: 'The hours you slept',
  startedAt: 'When the round started',
  starterKey: 'The starter item',
  tagSeparator: 'The tag separator',
  tags: 'The tags column',
  text: 'The text',
  theme: 'The theme',
  thoughts: 'What you thought',
  time: 'The time',
  title: 'The title',
  to: 'The end date',
  totalBytes: 'The size of the file',
  trigger: 'What set it off',
  triggerId: 'What set it off',
  triggers: 'Your triggers',
  understood: 'Your confirmation',
  urge: 'The urge rating',
  urgeAfter: 'The urge at the end',
  urgeBefore: 'The urge at the start',
  vulnerabilities: 'What made you vulnerable',
  vulnerable: 'What made you vulnerable',
  warning_signs: 'Your warning signs',
  weekStart: 'The first day of the week',
  weeks: 'The number of weeks',
  range: 'The dates to show',
  whatHappened: 'What happened',
};

/** The words for a path's last named field, or null when the table has none. */
export function fieldWordsFor(path: readonly PropertyKey[]): string | null {
  const names = path.filter((part): part is string => typeof part === 'string');
  const key = names.at(-1);
  if (key === undefined) return null;
  const parent = names.at(-2);
  return (parent !== undefined ? fieldWords[`${parent}.${key}`] : undefined) ?? fieldWords[key] ?? null;
}

const count = (n: number | bigint) => Number(n).toLocaleString('en');
const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a set of answers',
};

// zod's own wording starts like this; a message written in the contract is used as it is.
const zodDefault = /^(Too (big|small)|Invalid |Unrecognized key)/;

/** One refused part of a request, said as a sentence for a person. Never names a field key. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const subject = fieldWordsFor(issue.path) ?? (issue.path.length === 0 ? 'This request' : 'Part of this request');
  if (issue.code === 'unrecognized_keys') return `${subject} holds something Harbor does not expect.`;
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined && issue.path.length > 0) {
    return `${subject} is missing.`;
  }
  if (!zodDefault.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `${subject} should be ${expectedWords[issue.expected] ?? 'something else'}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${subject} is too long: it can hold at most ${count(issue.maximum)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${subject} can have at most ${count(issue.maximum)} items.`;
      return `${subject} can be at most ${count(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${subject} is empty.` : `${subject} needs at least ${count(issue.minimum)} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${subject} needs at least ${count(issue.minimum)} items.`;
      return `${subject} must be at least ${count(issue.minimum)}.`;
    case 'invalid_value':
      return `${subject} is not one of the choices.`;
    case 'not_multiple_of':
      return `${subject} should be a multiple of ${issue.divisor}.`;
    default:
      return `${subject} is not in a form Harbor can use.`;
  }
}

/** The first problem of a refused request, in the person's words. */
export function describeIssues(error: z.ZodError, input: unknown): string {
  const first = error.issues[0];
  return first ? describeIssue(first, input).slice(0, 300) : 'That request was not valid.';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
