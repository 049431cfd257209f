import type { HandlerGroup } from './types.ts';
import type { patternsMethods } from '../../../shared/contract/methods/patterns.ts';
import { patternsOverview } from '../patterns/overview.ts';
import { readPatternsPreferences, setPatternsPreferences } from '../patterns/preferences.ts';

// Patterns handlers (issue 5). Read-only aggregation lives in ../patterns; these only wire it.
export const patternsHandlers: HandlerGroup<(typeof patternsMethods)[number]> = {
  patternsOverview: (range, { db, now }) => patternsOverview(db, range, now()),
  patternsPreferences: (_input, { db }) => readPatternsPreferences(db),
  patternsSetPreferences: (input, ctx) => {
    const preferences = setPatternsPreferences(ctx.db, input);
    ctx.wrote();
    return preferences;
  },
};
