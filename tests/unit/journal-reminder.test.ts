// When the evening reminder is due (the Electron part only shows the notification).
import { describe, expect, it } from 'vitest';
import { REMINDER_GRACE_MINUTES, reminderDue } from '../../src/main/core/journal/reminder-settings.ts';

const on = { enabled: true, time: '21:00' };

describe('evening reminder', () => {
  it('is never due while off', () => {
    expect(reminderDue({ enabled: false, time: '21:00' }, new Date(2025, 2, 12, 21, 0), null)).toBeNull();
  });

  it('is due from the chosen time, once a day, for a while after', () => {
    expect(reminderDue(on, new Date(2025, 2, 12, 20, 59), null)).toBeNull();
    expect(reminderDue(on, new Date(2025, 2, 12, 21, 0), null)).toBe('2025-03-12');
    expect(reminderDue(on, new Date(2025, 2, 12, 21, 30), '2025-03-12')).toBeNull();
    expect(reminderDue(on, new Date(2025, 2, 12, 21, REMINDER_GRACE_MINUTES), null)).toBe('2025-03-12');
    expect(reminderDue(on, new Date(2025, 2, 12, 21, REMINDER_GRACE_MINUTES + 1), null)).toBeNull();
    expect(reminderDue(on, new Date(2025, 2, 13, 21, 5), '2025-03-12')).toBe('2025-03-13');
  });

  it('keeps to the local wall clock on a DST day', () => {
    const original = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      // 30 March 2025: clocks go forward at 02:00; 21:00 local is 19:00 UTC that day.
      expect(reminderDue(on, new Date('2025-03-30T19:00:00Z'), null)).toBe('2025-03-30');
      expect(reminderDue(on, new Date('2025-03-30T18:59:00Z'), null)).toBeNull();
    } finally {
      process.env.TZ = original;
    }
  });
});
