// The evening reminder's settings: whether it is on and at what local time. They sit in a small
// file beside the database, not inside it, because the reminder must fire while Harbor is locked;
// they hold no journal content (the notification text is fixed and discreet).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ReminderSettings } from '../../../shared/contract/journal.ts';
import { writeFileAtomic } from '../atomic-file.ts';
import { calendarDayOf } from '../../../shared/calendar.ts';

export const REMINDER_FILE_NAME = 'reminder.json';
export const REMINDER_OFF: ReminderSettings = { enabled: false, time: '20:30' };

const stored = z.object({ enabled: z.boolean(), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) });

export function readReminder(dataDir: string): ReminderSettings {
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(join(dataDir, REMINDER_FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data : REMINDER_OFF;
  } catch {
    return REMINDER_OFF;
  }
}

export function writeReminder(dataDir: string, settings: ReminderSettings): ReminderSettings {
  writeFileAtomic(join(dataDir, REMINDER_FILE_NAME), JSON.stringify(settings) + '\n');
  return settings;
}

/** How late a missed reminder may still appear (after sleep, or when Harbor starts late). */
export const REMINDER_GRACE_MINUTES = 120;

/**
 * The calendar day a reminder is due for at `now`, or null. Due once a day, from the chosen local
 * time until REMINDER_GRACE_MINUTES after it; `lastShownDay` stops a second one the same day.
 * Wall-clock minutes are compared, so DST days remind at the chosen local time too.
 */
export function reminderDue(settings: ReminderSettings, now: Date, lastShownDay: string | null): string | null {
  if (!settings.enabled) return null;
  const [hours, minutes] = settings.time.split(':').map(Number) as [number, number];
  const late = now.getHours() * 60 + now.getMinutes() - (hours * 60 + minutes);
  if (late < 0 || late > REMINDER_GRACE_MINUTES) return null;
  const day = calendarDayOf(now);
  return day === lastShownDay ? null : day;
}
