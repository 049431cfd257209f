// Help matched to the trigger: when the coping box opens on a day a trigger was named (or the
// person picks one of their most common), the items that lowered the urge most after it come first.
// "After a trigger" means a timer round on a day whose check-in named it. A round lowered the urge
// when its last rating is below its first (its before and after, for rounds without re-ratings).
// An item is said to help only from MIN_MATCHED_ROUNDS rounds after the trigger, and only when it
// lowered the urge in at least half of them: never a claim from one lucky round, never a low score.
import { MIN_MATCHED_ROUNDS, TRIGGER_CHOICES, type MatchedHelpView } from '../../../shared/contract/coping.ts';
import { queryCache, type ReadDb } from '../db/statements.ts';

// Only reads: a statement that could change the journal is refused.
const sql = queryCache();

type Trigger = { id: number; name: string };

const TODAYS = `
  SELECT t.id, t.name FROM entries e
  JOIN entry_triggers et ON et.entry_id = e.id
  JOIN triggers t ON t.id = et.trigger_id
  WHERE e.day = @today AND e.deleted_at IS NULL
  ORDER BY t.name_key, t.id`;

const MOST_COMMON = `
  SELECT t.id, t.name FROM entry_triggers et
  JOIN entries e ON e.id = et.entry_id AND e.deleted_at IS NULL
  JOIN triggers t ON t.id = et.trigger_id
  GROUP BY t.id
  ORDER BY count(*) DESC, t.name_key, t.id
  LIMIT ${TRIGGER_CHOICES}`;

const ONE = `SELECT id, name FROM triggers WHERE id = ?`;

// Each round's first and last urge from its ratings (two or more), else its before and after.
// Ties: the larger share of rounds helped, the larger average drop, more rounds, a favourite, the title.
const MATCHED = `
  WITH trigger_days AS (
    SELECT DISTINCT e.day FROM entry_triggers et JOIN entries e ON e.id = et.entry_id
    WHERE et.trigger_id = @triggerId AND e.deleted_at IS NULL
  ),
  rated AS (
    SELECT u.id, u.urge_before, u.urge_after,
           (SELECT count(*) FROM coping_use_ratings r WHERE r.use_id = u.id) AS ratings,
           (SELECT urge FROM coping_use_ratings r WHERE r.use_id = u.id ORDER BY minute LIMIT 1) AS first_rating,
           (SELECT urge FROM coping_use_ratings r WHERE r.use_id = u.id ORDER BY minute DESC LIMIT 1) AS last_rating
    FROM coping_uses u WHERE u.day IN trigger_days
  ),
  rounds AS (
    SELECT id, iif(ratings >= 2, first_rating, urge_before) AS first_urge, iif(ratings >= 2, last_rating, urge_after) AS last_urge
    FROM rated
  )
  SELECT i.id AS itemId, count(*) AS rounds, sum(r.last_urge < r.first_urge) AS helped
  FROM rounds r
  JOIN coping_use_items ui ON ui.use_id = r.id
  JOIN coping_items i ON i.id = ui.item_id AND i.hidden = 0
  WHERE r.first_urge IS NOT NULL AND r.last_urge IS NOT NULL
  GROUP BY i.id
  HAVING count(*) >= ${MIN_MATCHED_ROUNDS} AND 2 * sum(r.last_urge < r.first_urge) >= count(*)
  ORDER BY 1.0 * sum(r.last_urge < r.first_urge) / count(*) DESC, avg(r.first_urge - r.last_urge) DESC, count(*) DESC,
           i.favourite DESC, i.title COLLATE NOCASE, i.id`;

export function helpedSentence(helped: number, rounds: number, trigger: string): string {
  return `Helped ${helped} of ${rounds} times after ‘${trigger}’`;
}

function itemsAfter(db: ReadDb, trigger: Trigger): MatchedHelpView['items'] {
  const rows = sql(db, MATCHED).all({ triggerId: trigger.id }) as { itemId: number; rounds: number; helped: number }[];
  return rows.map((row) => ({ ...row, sentence: helpedSentence(row.helped, row.rounds, trigger.name) }));
}

/**
 * `choice` undefined: today's trigger (of several, the first with help to show); null: "Not sure";
 * a number: the trigger the person picked (one no longer there gives favourites, quietly).
 */
export function matchedHelp(db: ReadDb, today: string, choice: number | null | undefined): MatchedHelpView {
  const todays = sql(db, TODAYS).all({ today }) as Trigger[];
  const todayIds = new Set(todays.map((t) => t.id));
  const common = (sql(db, MOST_COMMON).all() as Trigger[]).filter((t) => !todayIds.has(t.id));
  const choices = [...todays.map((t) => ({ ...t, today: true })), ...common.map((t) => ({ ...t, today: false }))];

  if (choice === null) return { choices, trigger: null, items: [] };
  if (choice !== undefined) {
    const picked = sql(db, ONE).get(choice) as Trigger | undefined;
    return picked ? { choices, trigger: picked, items: itemsAfter(db, picked) } : { choices, trigger: null, items: [] };
  }
  for (const trigger of todays) {
    const items = itemsAfter(db, trigger);
    if (items.length > 0) return { choices, trigger, items };
  }
  return { choices, trigger: todays[0] ?? null, items: [] };
}
