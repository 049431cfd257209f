// The day record is read, never written, here (SQLite's triggers keep it in step).
import { queryCache } from '../db/statements.ts';

export const sql = queryCache();
