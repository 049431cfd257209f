// The words behind "I can't name it": eight families (the journal's starting emotions), each with
// finer words, after the feelings wheels used in DBT and emotion-focused therapy. Numbness comes
// first because "nothing" is often what a person feels when they cannot name it.

export interface FeelingFamily {
  /** The family's own word, as in the starting emotion list. */
  name: string;
  /** What it can feel like, in a few plain words. */
  hint: string;
  words: readonly string[];
}

export const feelingFamilies: readonly FeelingFamily[] = [
  { name: 'Numbness', hint: 'Blank, far away, nothing there', words: ['Emptiness', 'Flatness', 'Disconnection', 'Tiredness', 'Boredom'] },
  { name: 'Sadness', hint: 'Heavy, low, tearful', words: ['Grief', 'Hurt', 'Disappointment', 'Hopelessness', 'Heartache'] },
  { name: 'Anxiety', hint: 'Tight, jumpy, on edge', words: ['Worry', 'Panic', 'Overwhelm', 'Dread', 'Restlessness'] },
  { name: 'Anger', hint: 'Hot, tense, wanting to push back', words: ['Frustration', 'Irritation', 'Resentment', 'Jealousy', 'Bitterness'] },
  { name: 'Shame', hint: 'Wanting to hide or disappear', words: ['Guilt', 'Embarrassment', 'Regret', 'Self-doubt', 'Humiliation'] },
  { name: 'Loneliness', hint: 'Apart, unseen, missing someone', words: ['Isolation', 'Feeling left out', 'Missing someone', 'Feeling unseen', 'Homesickness'] },
  { name: 'Calm', hint: 'Settled, breathing easier', words: ['Relief', 'Safety', 'Contentment', 'Peace', 'Rest'] },
  { name: 'Joy', hint: 'Light, warm, glad', words: ['Hope', 'Pride', 'Gratitude', 'Warmth', 'Love'] },
];
