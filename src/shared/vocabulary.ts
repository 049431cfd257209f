// Every word that could tell an onlooker what Harbor is for, with the neutral word discreet mode
// shows instead. One owner: the page, the coping window, the tray, menus, notifications and the
// names of exported files all read their words here. Discreet words hide purpose, not help: they
// stay plain enough that the person still finds their plan, their tools and their people.
// Platform-free and without zod, so the small coping window can use it too.

export interface Word {
  usual: string;
  discreet: string;
}

/** Words and short sentences, grouped by where they are seen. */
export const vocabulary = {
  // The app's own name, window titles, tray and menus.
  appName: { usual: 'Harbor', discreet: 'Notes' },
  copingWindowTitle: { usual: 'Coping box', discreet: 'Notes' },
  trayOpenApp: { usual: 'Open Harbor', discreet: 'Open' },
  trayOpenCoping: { usual: 'Open coping box', discreet: 'Open toolbox' },
  reminderTitle: { usual: 'Harbor', discreet: 'Reminder' },
  // The evening before a cope-ahead plan's day: never the plan's own words.
  copeAheadReminder: { usual: 'Tomorrow: your plan is ready', discreet: 'Tomorrow: your plan is ready' },
  lockedTitle: { usual: 'Harbor is locked', discreet: 'Locked' },
  notProfessionalCare: {
    usual: 'Harbor does not replace professional care. If you are in danger, call your local emergency number.',
    discreet: 'This app does not replace professional care. If you are in danger, call your local emergency number.',
  },

  // Navigation and screen headings.
  journal: { usual: 'Journal', discreet: 'Journal' },
  patterns: { usual: 'Patterns', discreet: 'Patterns' },
  settings: { usual: 'Settings', discreet: 'Settings' },
  copingBox: { usual: 'Coping box', discreet: 'Toolbox' },
  safetyPlan: { usual: 'Safety plan', discreet: 'My plan' },
  recovery: { usual: 'Recovery', discreet: 'Progress' },
  relapseSupportTitle: { usual: 'Support after self-harm', discreet: 'Support after a hard day' },
  crisisSetupTitle: { usual: 'First steps for a hard moment', discreet: 'First steps' },
  backToCopingBox: { usual: 'Back to the coping box', discreet: 'Back to the toolbox' },
  backToRecovery: { usual: 'Back to Recovery', discreet: 'Back to Progress' },
  chainTitle: { usual: 'What led up to it', discreet: 'What led up to it' },
  hopeBox: { usual: 'Hope box', discreet: 'Keepsakes' },
  reasonsForLiving: { usual: 'Reasons for living', discreet: 'What matters to me' },
  addReasonForLiving: { usual: 'Add a reason for living', discreet: 'Add something that matters' },

  // The same words inside a sentence.
  aCopingBox: { usual: 'coping box', discreet: 'toolbox' },
  aSafetyPlan: { usual: 'safety plan', discreet: 'plan' },
  openCopingBox: { usual: 'Open coping box', discreet: 'Open toolbox' },
  openYourCopingBox: { usual: 'Open your coping box', discreet: 'Open your toolbox' },
  openYourSafetyPlan: { usual: 'Open your safety plan', discreet: 'Open your plan' },
  yourSafetyPlan: { usual: 'Your safety plan', discreet: 'Your plan' },
  yourCopingBox: { usual: 'Your coping box', discreet: 'Your toolbox' },

  // Noting that self-harm happened, and what comes after.
  selfHarmedButton: { usual: 'I self-harmed', discreet: 'Something happened' },
  selfHarmedLead: {
    usual: 'If you self-harmed, there is support here, without judgement.',
    discreet: 'If something happened, there is support here, without judgement.',
  },
  notedWhileLocked: {
    usual: 'you noted that you self-harmed',
    discreet: 'you noted that something happened',
  },
  relapseHeading: { usual: 'A relapse is a setback, not a failure', discreet: 'A hard day is a setback, not a failure' },
  relapsesTab: { usual: 'After a relapse', discreet: 'After a hard day' },
  relapsesIntro: {
    usual:
      'A relapse is a setback, not a failure. Noting one is information for you and your therapist: it shows what made things harder and what could help next time. Nothing is reset.',
    discreet:
      'A hard day is a setback, not a failure. Noting one is information for you and your therapist: it shows what made things harder and what could help next time. Nothing is reset.',
  },
  relapsesEmpty: {
    usual: 'Nothing is noted here. If you note a relapse, it appears here, so you can reflect on it when you are ready.',
    discreet: 'Nothing is noted here. If you note a hard day, it appears here, so you can reflect on it when you are ready.',
  },

  // The evening check-in, Patterns and exports.
  urgeQuestion: { usual: 'Strongest urge to self-harm today', discreet: 'Strongest urge today' },
  harmQuestion: { usual: 'Did you self-harm today?', discreet: 'Did you act on an urge today?' },
  harmDays: { usual: 'Days with self-harm', discreet: 'Days you acted on an urge' },
  harmDay: { usual: 'Day with self-harm', discreet: 'Day you acted on an urge' },
  harmColumn: { usual: 'Self-harm', discreet: 'Acted on an urge' },
  harmInExport: { usual: 'whether you self-harmed', discreet: 'whether you acted on an urge' },
  harmMarksNote: {
    usual: ' Days with self-harm are shown as small grey marks below the axis.',
    discreet: ' Days you acted on an urge are shown as small grey marks below the axis.',
  },
  withoutHarm: { usual: 'without self-harm', discreet: 'without acting on an urge' },
  harmListedUnderRecovery: {
    usual: 'This day is listed under Recovery, after a relapse, where you can reflect on it later if you want to. There is no need to do it now.',
    discreet: 'This day is listed under Progress, after a hard day, where you can reflect on it later if you want to. There is no need to do it now.',
  },
  lapseRemoveTitle: {
    usual: 'Remove the note that self-harm happened this day?',
    discreet: 'Remove the note that something happened this day?',
  },
  lapseRemoveBody: {
    usual:
      'Under Recovery, this day has a note that self-harm happened. If you keep it, the day still counts as a day with self-harm everywhere in Harbor. If you remove it, the day says what your check-in says. Either way your check-in is saved.',
    discreet:
      'Under Progress, this day has a note that something happened. If you keep it, the day still counts that way everywhere. If you remove it, the day says what your check-in says. Either way your check-in is saved.',
  },
  relapseRemoveBody: {
    usual:
      "The note and its reflection are removed. If it is the day's only note and that day's check-in said you self-harmed, the check-in's answer is cleared too, so the day tells one story.",
    discreet:
      "The note and its reflection are removed. If it is the day's only note and that day's check-in said you acted on an urge, the check-in's answer is cleared too, so the day tells one story.",
  },
  harmOnTheDay: { usual: 'Self-harm happened on the day you noted.', discreet: 'You acted on an urge on the day you noted.' },
  awarenessPhase: {
    usual: 'You see self-harm for what it is: a way of coping with very strong feelings, not a flaw in you.',
    discreet: 'You see it for what it is: a way of coping with very strong feelings, not a flaw in you.',
  },

  // Names of files Harbor suggests when saving (without the extension).
  diaryCardFile: { usual: 'diary-card', discreet: 'notes' },
  journalFile: { usual: 'journal', discreet: 'notes' },
  walletCardFile: { usual: 'safety-plan-wallet-card', discreet: 'notes-card' },
  sessionSummaryFile: { usual: 'session-summary', discreet: 'notes' },
  backupFile: { usual: 'harbor-backup', discreet: 'notes' },
  walletCardHeading: { usual: 'My safety plan', discreet: 'My plan' },
} as const satisfies Record<string, Word>;

export type WordKey = keyof typeof vocabulary;

/** The word for `key` in the current mode. */
export function word(key: WordKey, discreetMode: boolean): string {
  const entry: Word = vocabulary[key];
  return discreetMode ? entry.discreet : entry.usual;
}

/** A lookup bound to one mode, for code that needs many words at once. */
export function wordsFor(discreetMode: boolean): (key: WordKey) => string {
  return (key) => word(key, discreetMode);
}

/**
 * A sentence written for today ("Did you self-harm today?"), said of another day: "today" becomes
 * `when` ("yesterday", "on Tuesday", "on 3 March 2025", from the calendar's dayInWords).
 */
export function forDay(text: string, when: string): string {
  return text.replace(/\btoday\b/, when);
}

/** The words Settings lists as "Usually / In discreet mode": the short ones a glance could land on. */
export const wordsShownInSettings: readonly WordKey[] = [
  'appName',
  'copingBox',
  'safetyPlan',
  'recovery',
  'selfHarmedButton',
  'relapsesTab',
  'harmQuestion',
];

/** Words discreet mode never shows (crisis-line names inside "Need help now?" aside). */
export const revealingWords = /self[\s-]?harm|relapse|suicid/i;
