// The journal's prepared statements.
import { statementCache } from '../db/statements.ts';

export const sql = statementCache();
