import type { HandlerGroup } from './types.ts';
import type { journalContract } from '../../../shared/contract/journal.ts';
import { EVENING_CUTOFF_HOUR } from '../../../shared/contract/journal.ts';
import { calendarDayOf, checkInDayOf, refuseUnusableDay } from '../../../shared/calendar.ts';
import {
  deleteEntry,
  deletedState,
  history,
  purgeExpired,
  readEntry,
  recentlyDeleted,
  restoreEntry,
  saveEntry,
} from '../journal/entries.ts';
import { discardDraft, readDraft, saveDraft } from '../journal/drafts.ts';
import { searchEntries } from '../journal/search-index.ts';
import { readDayRecord } from '../record/day-record.ts';
import { listTags, mergeTags, renameTag } from '../journal/tags.ts';
import { addEmotion, readPreferences, setPreferences, updateEmotion } from '../journal/preferences.ts';
import { readReminder, writeReminder } from '../journal/reminder-settings.ts';
import { renameFollowedEmotion } from '../patterns/preferences.ts';

// Journal handlers. The logic lives in ../journal; these only wire it to the contract.
export const journalHandlers: HandlerGroup<keyof typeof journalContract> = {
  journalToday: (_input, { now }) => {
    const moment = now();
    const day = checkInDayOf(moment);
    const calendarDay = calendarDayOf(moment);
    return { day, calendarDay, afterMidnight: day !== calendarDay, cutoffHour: EVENING_CUTOFF_HOUR };
  },
  journalGetDay: ({ day }, { db, now }) => ({
    day,
    entry: readEntry(db, day),
    record: readDayRecord(db, day),
    draft: readDraft(db, day),
    deleted: deletedState(db, day, now().getTime()),
  }),
  journalSaveEntry: ({ day, checkIn, lapseNotes }, ctx) => {
    refuseUnusableDay(day, ctx.now());
    return saveEntry(ctx.db, day, checkIn, ctx.now().getTime(), lapseNotes);
  },
  journalSaveDraft: ({ day, checkIn }, ctx) => {
    refuseUnusableDay(day, ctx.now());
    return saveDraft(ctx.db, day, checkIn, ctx.now().getTime());
  },
  journalDiscardDraft: ({ day }, ctx) => {
    const discarded = discardDraft(ctx.db, day);
    return { discarded };
  },
  journalDeleteEntry: ({ day }, ctx) => {
    return deleteEntry(ctx.db, day, ctx.now().getTime());
  },
  journalRestoreEntry: ({ day }, ctx) => {
    return restoreEntry(ctx.db, day, ctx.now().getTime());
  },
  journalRecentlyDeleted: (_input, { db, now }) => ({ entries: recentlyDeleted(db, now().getTime()) }),
  journalHistory: (input, ctx) => {
    purgeExpired(ctx.db, ctx.now().getTime());
    return history(ctx.db, input, ctx.settings.get().weekStart);
  },
  journalSearch: (input, { db, settings }) => searchEntries(db, input, settings.get().weekStart),
  journalTags: (_input, { db }) => listTags(db),
  journalRenameTrigger: ({ id, name }, ctx) => {
    return renameTag(ctx.db, id, name);
  },
  journalMergeTriggers: ({ fromId, intoId }, ctx) => {
    return mergeTags(ctx.db, fromId, intoId);
  },
  journalPreferences: (_input, { db }) => readPreferences(db),
  journalSetPreferences: (input, ctx) => {
    return setPreferences(ctx.db, input);
  },
  journalAddEmotion: ({ name }, ctx) => {
    return addEmotion(ctx.db, name);
  },
  journalUpdateEmotion: (input, ctx) => {
    const preferences = ctx.db.transaction(() => {
      const before = readPreferences(ctx.db).emotions.find((e) => e.id === input.id)?.name;
      const updated = updateEmotion(ctx.db, input);
      const after = updated.emotions.find((e) => e.id === input.id)?.name;
      // Patterns follows emotions by name: a renamed feeling stays on its chart.
      if (before && after && before !== after) renameFollowedEmotion(ctx.db, before, after);
      return updated;
    })();
    return preferences;
  },
  journalReminder: (_input, { vault }) => readReminder(vault.dataDir),
  journalSetReminder: (input, { vault }) => writeReminder(vault.dataDir, input),
};
