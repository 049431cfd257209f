// The person's coping box in the encrypted database: list, add, edit, hide, favourite, reorder.
import { HarborError } from '../../../shared/result.ts';
import { copingKinds, type CopingItem, type CopingKind } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';

interface ItemRow {
  id: number;
  kind: CopingKind;
  title: string;
  note: string;
  hidden: number;
  favourite: number;
  position: number;
  starter_key: string | null;
}

const kindOrder = `CASE kind ${copingKinds.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

function toItem(row: ItemRow): CopingItem {
  return {
    id: row.id,
    starterKey: row.starter_key,
    kind: row.kind,
    title: row.title,
    note: row.note,
    hidden: row.hidden === 1,
    favourite: row.favourite === 1,
  };
}

/** Every item, hidden ones too, in the order the person arranged them within each kind. */
export function listItems(db: Db): CopingItem[] {
  const rows = db
    .prepare(
      `SELECT id, kind, title, note, hidden, favourite, position, starter_key FROM coping_items
       ORDER BY ${kindOrder}, position, id`,
    )
    .all() as ItemRow[];
  return rows.map(toItem);
}

export function getItem(db: Db, id: number): CopingItem {
  const row = db
    .prepare('SELECT id, kind, title, note, hidden, favourite, position, starter_key FROM coping_items WHERE id = ?')
    .get(id) as ItemRow | undefined;
  if (!row) throw new HarborError('not_found', 'That item is no longer in your coping box. It may have been changed in another window.');
  return toItem(row);
}

function nextPosition(db: Db, kind: CopingKind): number {
  const row = db.prepare('SELECT coalesce(max(position), -1) + 1 AS next FROM coping_items WHERE kind = ?').get(kind) as {
    next: number;
  };
  return row.next;
}

export function addItem(db: Db, input: { kind: CopingKind; title: string; note: string }, now: number): CopingItem {
  const title = input.title.trim();
  if (!title) throw new HarborError('invalid_input', 'Give it a short title, for example "Hold an ice cube".');
  const result = db
    .prepare(
      `INSERT INTO coping_items (kind, title, note, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(input.kind, title, input.note, nextPosition(db, input.kind), now, now);
  return getItem(db, Number(result.lastInsertRowid));
}

export interface ItemPatch {
  kind?: CopingKind;
  title?: string;
  note?: string;
  hidden?: boolean;
  favourite?: boolean;
}

export function updateItem(db: Db, id: number, patch: ItemPatch, now: number): CopingItem {
  const current = getItem(db, id);
  const title = patch.title === undefined ? current.title : patch.title.trim();
  if (!title) throw new HarborError('invalid_input', 'Give it a short title, for example "Hold an ice cube".');
  const kind = patch.kind ?? current.kind;
  db.prepare(
    `UPDATE coping_items SET kind = ?, title = ?, note = ?, hidden = ?, favourite = ?, updated_at = ?,
       position = CASE WHEN kind = ? THEN position ELSE ? END
     WHERE id = ?`,
  ).run(
    kind,
    title,
    patch.note ?? current.note,
    (patch.hidden ?? current.hidden) ? 1 : 0,
    (patch.favourite ?? current.favourite) ? 1 : 0,
    now,
    kind,
    kind === current.kind ? 0 : nextPosition(db, kind),
    id,
  );
  return getItem(db, id);
}

/**
 * Moves an item one place up or down among the items the person sees next to it (same kind,
 * same hidden state). At the top or bottom it stays where it is.
 */
export function moveItem(db: Db, id: number, direction: 'up' | 'down'): CopingItem[] {
  const item = getItem(db, id);
  db.transaction(() => {
    const group = db
      .prepare('SELECT id FROM coping_items WHERE kind = ? AND hidden = ? ORDER BY position, id')
      .all(item.kind, item.hidden ? 1 : 0) as { id: number }[];
    const ids = group.map((row) => row.id);
    const from = ids.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    // Renumber the whole group: older rows may share a position.
    const setPosition = db.prepare('UPDATE coping_items SET position = ? WHERE id = ?');
    ids.forEach((rowId, index) => setPosition.run(index, rowId));
  })();
  return listItems(db);
}

/** Matches an item mentioned by a use (its id, or the starter item it came from) to a row. */
export function resolveItemRef(db: Db, ref: { id: number; starterKey: string | null }): number | null {
  if (ref.id > 0) {
    const row = db.prepare('SELECT id FROM coping_items WHERE id = ?').get(ref.id) as { id: number } | undefined;
    if (row) return row.id;
  }
  if (ref.starterKey) {
    const row = db.prepare('SELECT id FROM coping_items WHERE starter_key = ?').get(ref.starterKey) as { id: number } | undefined;
    if (row) return row.id;
  }
  return null;
}
