import type { HandlerGroup } from './types.ts';
import type { journalMethods } from '../../../shared/contract/methods/journal.ts';

// Journal handlers (issue 3).
export const journalHandlers: HandlerGroup<(typeof journalMethods)[number]> = {};
