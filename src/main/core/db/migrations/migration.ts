// One numbered step of the schema, in its own file so each migration depends on nothing but this.
import type Database from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
