import type { HandlerGroup } from './types.ts';
import type { patternsContract } from '../../../shared/contract/patterns.ts';
import { patternsOverview } from '../patterns/overview.ts';
import { readPatternsPreferences, setPatternsPreferences } from '../patterns/preferences.ts';

// Patterns handlers. Read-only aggregation lives in ../patterns; these only wire it.
export const patternsHandlers: HandlerGroup<keyof typeof patternsContract> = {
  patternsOverview: (range, { db, now, settings }) => patternsOverview(db, range, now(), settings.get().weekStart, settings.get().discreetMode),
  patternsPreferences: (_input, { db, settings }) => readPatternsPreferences(db, settings.get().weekStart),
  patternsSetPreferences: ({ range, weekStart, ...personal }, ctx) => {
    // The week start is one app setting, shared with the journal's history.
    if (weekStart !== undefined) ctx.settings.update({ weekStart });
    setPatternsPreferences(ctx.db, personal);
    const { weekStart: savedWeekStart, discreetMode } = ctx.settings.get();
    return patternsOverview(ctx.db, range, ctx.now(), savedWeekStart, discreetMode);
  },
};
