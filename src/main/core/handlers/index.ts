import type { HandlerTable } from './types.ts';
import { vaultHandlers } from './vault.ts';
import { journalHandlers } from './journal.ts';
import { copingHandlers } from './coping.ts';
import { copeAheadHandlers } from './cope-ahead.ts';
import { hopeBoxHandlers } from './hope-box.ts';
import { patternsHandlers } from './patterns.ts';
import { recoveryHandlers } from './recovery.ts';
import { chainHandlers } from './chain.ts';
import { summaryHandlers } from './summary.ts';
import { settingsHandlers } from './settings.ts';
import { importHandlers } from './import.ts';

// TypeScript refuses this object unless every contract method has exactly one handler.
export const handlers: HandlerTable = {
  ...vaultHandlers,
  ...journalHandlers,
  ...copingHandlers,
  ...copeAheadHandlers,
  ...hopeBoxHandlers,
  ...patternsHandlers,
  ...recoveryHandlers,
  ...chainHandlers,
  ...summaryHandlers,
  ...settingsHandlers,
  ...importHandlers,
};
