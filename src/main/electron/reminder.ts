// The optional evening reminder: a native notification at the chosen local time, with fixed,
// discreet wording. Choosing it shows Harbor and asks the page for today's check-in. It runs while
// Harbor is locked (its settings sit outside the encrypted database); when Harbor is unlocked and
// today's check-in is already written, it stays quiet.
// The evening before a cope-ahead plan's day, at the same chosen time (20:30 until one is chosen),
// a second, neutral notification says only that the plan is ready: never its day's name or words.
// While locked it knows the plan only from the copy the person allowed while locked.
import { Notification } from 'electron';
import type { HarborCore } from '../core/harbor-core.ts';
import { addDays, calendarDayOf, checkInDayOf } from '../../shared/calendar.ts';
import { readReminder, reminderDue } from '../core/journal/reminder-settings.ts';
import { word } from '../../shared/vocabulary.ts';

export const REMINDER_TEXT = 'Time for your evening check-in';
const CHECK_EVERY_MS = 30_000;

export interface EveningReminderOptions {
  core: HarborCore;
  dataDir: string;
  /** Shows (or re-creates) the main window. */
  show: () => void;
}

export function startEveningReminder({ core, dataDir, show }: EveningReminderOptions): () => void {
  let lastShownDay: string | null = null;
  let lastPlanEvening: string | null = null;
  // Kept referenced, so the notification is not garbage-collected before it is clicked.
  let shown: Notification | null = null;
  let plan: Notification | null = null;

  const checkPlan = (now: Date) => {
    const settings = readReminder(dataDir);
    const evening = reminderDue({ enabled: true, time: settings.time }, now, lastPlanEvening);
    if (!evening) return;
    lastPlanEvening = evening;
    if (core.coping.copeAheadFor(core.vault, addDays(calendarDayOf(now), 1)).length === 0) return;
    plan = new Notification({ title: word('reminderTitle', core.settings.get().discreetMode), body: word('copeAheadReminder', core.settings.get().discreetMode) });
    plan.on('click', () => {
      show();
      core.emit({ type: 'navigate', to: 'safety-plan' });
    });
    plan.show();
  };

  const check = async () => {
    if (!Notification.isSupported()) return;
    const now = new Date();
    checkPlan(now);
    const due = reminderDue(readReminder(dataDir), now, lastShownDay);
    if (!due) return;
    lastShownDay = due;
    if (core.vault.isUnlocked()) {
      const today = await core.call('journalGetDay', { day: checkInDayOf(now) });
      if (today.ok && (today.value as { entry: unknown }).entry) return;
    }
    shown = new Notification({ title: word('reminderTitle', core.settings.get().discreetMode), body: REMINDER_TEXT });
    shown.on('click', () => {
      show();
      core.emit({ type: 'navigate', to: 'journal' });
    });
    shown.show();
  };

  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  void check();
  return () => clearInterval(timer);
}
