// Insight 7: the last week of the range in plain words. Facts first, then, when the week was
// hard, a kind sentence. Never a streak, never blame; self-harm is left out when hidden.
import { STRONG_URGE, type WeeklySummary } from '../../../shared/contract/patterns.ts';
import type { ReadDb } from '../db/statements.ts';
import { sql } from './statements.ts';
import { addDays, formatDate, localMidnightMs, weekStartOf } from '../../../shared/calendar.ts';
import type { QueryRange } from './range.ts';
import { rankHelpedItems } from './what-helps.ts';
import { wordsFor } from '../../../shared/vocabulary.ts';

// Each day's one self-harm answer and strongest urge (check-in or timer) from day_record (migration 008).
const WEEK = `
  SELECT count(entry_id) AS checkIns,
         count(strongest_urge) AS rated,
         coalesce(sum(strongest_urge >= ${STRONG_URGE}), 0) AS strong,
         coalesce(sum(self_harm = 'yes'), 0) AS harm,
         coalesce(sum(self_harm IN ('yes', 'no')), 0) AS answered
  FROM day_record WHERE day BETWEEN @from AND @to`;

// Trigger rows carry their day's strongest urge (migrations 007 and 008).
const COMMON_ON_STRONG_DAYS = `
  SELECT t.name AS name, count(*) AS n
  FROM entries e JOIN entry_triggers et ON et.entry_id = e.id JOIN triggers t ON t.id = et.trigger_id
  WHERE e.day BETWEEN @from AND @to AND e.deleted_at IS NULL AND et.peak_urge >= ${STRONG_URGE}
  GROUP BY t.id ORDER BY n DESC, t.name_key, t.id LIMIT 1`;

// When no coping-box use has both ratings, what the person rated as helpful in their check-ins.
const RATED_HELPED = `
  SELECT min(h.label) AS label
  FROM entries e JOIN entry_helped h ON h.entry_id = e.id
  WHERE e.day BETWEEN @from AND @to AND e.deleted_at IS NULL AND h.rating >= 3
  GROUP BY lower(trim(h.label))
  ORDER BY avg(h.rating) DESC, count(*) DESC, lower(trim(h.label)) LIMIT 2`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(' and ');

export function weeklySummary(db: ReadDb, range: QueryRange, showSelfHarm: boolean, discreetMode = false): WeeklySummary {
  const w = wordsFor(discreetMode);
  const weekOf = weekStartOf(range.to, range.weekStart);
  const from = weekOf < range.from ? range.from : weekOf;
  const to = range.to;
  const isCurrentWeek = weekOf <= range.today && range.today <= addDays(weekOf, 6);
  const week = sql(db, WEEK).get({ from, to }) as { checkIns: number; rated: number; strong: number; harm: number; answered: number };
  const common = week.strong >= 2 ? (sql(db, COMMON_ON_STRONG_DAYS).get({ from, to }) as { name: string; n: number } | undefined) : undefined;
  const commonTrigger = common && common.n >= 2 ? common.name : null;
  let helped = rankHelpedItems(db, { startMs: localMidnightMs(from), endMs: localMidnightMs(addDays(to, 1)) })
    .filter((item) => item.averageDrop > 0)
    .slice(0, 2)
    .map((item) => item.title);
  if (helped.length === 0) helped = (sql(db, RATED_HELPED).all({ from, to }) as { label: string }[]).map((r) => r.label);
  const hard = week.harm > 0 || week.strong >= 3;

  const sentences: string[] = [];
  const when = isCurrentWeek ? 'This week' : `In the week of ${formatDate(weekOf)}`;
  if (week.checkIns === 0) {
    sentences.push(
      isCurrentWeek
        ? 'You have not checked in this week yet. When you are ready, a short check-in is enough.'
        : `There are no check-ins for the week of ${formatDate(weekOf)}.`,
    );
  } else if (week.rated === 0) {
    sentences.push(`${when}: you checked in on ${plural(week.checkIns, 'day', 'days')}.`);
  } else if (week.strong === 0) {
    sentences.push(`${when}: no evenings with strong urges (${STRONG_URGE} or more).`);
  } else {
    const after = commonTrigger ? `, most often on days with “${commonTrigger}”` : '';
    sentences.push(`${when}: ${plural(week.strong, 'evening', 'evenings')} with strong urges (${STRONG_URGE} or more)${after}.`);
  }
  if (helped.length > 0) sentences.push(`${quoted(helped)} helped most.`);
  if (showSelfHarm && week.answered > 0) {
    const without = week.answered - week.harm;
    if (week.answered === 1) {
      sentences.push(without === 1 ? `The day you noted was ${w('withoutHarm')}.` : w('harmOnTheDay'));
    } else if (without === week.answered) {
      sentences.push(`The ${week.answered} days you noted were all ${w('withoutHarm')}.`);
    } else {
      sentences.push(`${without} of the ${week.answered} days you noted were ${w('withoutHarm')}.`);
    }
  }
  if (hard) {
    sentences.push(
      showSelfHarm && week.harm > 0
        ? `This week was hard. A setback is not a failure: it tells you something about what you were carrying. Your ${w('aSafetyPlan')} is one step away, and so are the people in it.`
        : 'This week sounds hard. You kept noticing what was happening, and that matters. Go gently with yourself.',
    );
  }

  return {
    weekOf,
    isCurrentWeek,
    checkIns: week.checkIns,
    strongUrgeDays: week.strong,
    commonTrigger,
    helped,
    selfHarmDays: showSelfHarm ? week.harm : null,
    answeredDays: week.answered,
    hard,
    sentences,
  };
}
