// Patterns only reads: its statements are refused if they could write (preferences use the meta table).
import { queryCache } from '../db/statements.ts';

export const sql = queryCache();
