// Cope-ahead plans in the journal database: made for today or a day still to come, edited,
// deleted, and read for a day (the coping box on the day, the reminder the evening before).
import { z } from 'zod';
import { copeAheadPlan, copeAheadSkill, type CopeAheadFields, type CopeAheadPlan } from '../../../shared/contract/cope-ahead.ts';
import { HarborError } from '../../../shared/result.ts';
import type { Db } from '../db/database.ts';
import { calendarDayOf } from '../../../shared/calendar.ts';

interface Row {
  id: number;
  day: string;
  name: string;
  might_happen: string;
  skills: string;
  people: string;
  note: string;
  updated_at: number;
}

const COLUMNS = 'id, day, name, might_happen, skills, people, note, updated_at';
const skills = z.array(copeAheadSkill);
const people = z.array(z.string());

function toPlan(row: Row): CopeAheadPlan {
  return copeAheadPlan.parse({
    id: row.id,
    day: row.day,
    name: row.name,
    mightHappen: row.might_happen,
    skills: skills.parse(JSON.parse(row.skills)),
    people: people.parse(JSON.parse(row.people)),
    note: row.note,
    updatedAt: row.updated_at,
  });
}

/** A plan is for a day the person can still prepare for: today (on their clock) or later. */
export function refusePastDay(day: string, now: Date): void {
  if (day < calendarDayOf(now)) {
    throw new HarborError('invalid_input', 'That day has already passed. Choose today or a day still to come.');
  }
}

/** Soonest first from today on, then the days gone by, most recent first. */
export function listPlans(db: Db, today: string): CopeAheadPlan[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM cope_ahead_plans ORDER BY day < ?, CASE WHEN day < ? THEN NULL ELSE day END, day DESC, id`)
    .all(today, today) as Row[];
  return rows.map(toPlan);
}

export function plansForDay(db: Db, day: string): CopeAheadPlan[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM cope_ahead_plans WHERE day = ? ORDER BY id`).all(day) as Row[]).map(toPlan);
}

/** Plans from `day` on: the ones the locked copy keeps, so each can still show on its day. */
export function plansFrom(db: Db, day: string): CopeAheadPlan[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM cope_ahead_plans WHERE day >= ? ORDER BY day, id`).all(day) as Row[]).map(toPlan);
}

/** Creates a plan (id null) or replaces one; the day must not have passed. */
export function savePlan(db: Db, fields: CopeAheadFields & { id: number | null }, now: Date): CopeAheadPlan {
  refusePastDay(fields.day, now);
  const values = {
    day: fields.day,
    name: fields.name,
    mightHappen: fields.mightHappen,
    skills: JSON.stringify(fields.skills),
    people: JSON.stringify(fields.people),
    note: fields.note,
    at: now.getTime(),
  };
  let id = fields.id;
  if (id === null) {
    id = Number(
      db
        .prepare(
          `INSERT INTO cope_ahead_plans (day, name, might_happen, skills, people, note, created_at, updated_at)
           VALUES (@day, @name, @mightHappen, @skills, @people, @note, @at, @at)`,
        )
        .run(values).lastInsertRowid,
    );
  } else {
    const changed = db
      .prepare(
        `UPDATE cope_ahead_plans SET day = @day, name = @name, might_happen = @mightHappen, skills = @skills, people = @people,
         note = @note, updated_at = @at WHERE id = @id`,
      )
      .run({ ...values, id }).changes;
    if (changed === 0) throw new HarborError('not_found', 'That plan was not found. It may have been deleted.');
  }
  return toPlan(db.prepare(`SELECT ${COLUMNS} FROM cope_ahead_plans WHERE id = ?`).get(id) as Row);
}

export function deletePlan(db: Db, id: number): void {
  if (db.prepare('DELETE FROM cope_ahead_plans WHERE id = ?').run(id).changes === 0) {
    throw new HarborError('not_found', 'That plan was not found. It may have been deleted already.');
  }
}

/** A plan as exported (and imported): its fields with the times it was made and last changed. */
export interface StoredPlan extends CopeAheadFields {
  createdAt: number;
  updatedAt: number;
}

export function plansInRange(db: Db, from: string, to: string): StoredPlan[] {
  const rows = db.prepare(`SELECT ${COLUMNS}, created_at FROM cope_ahead_plans WHERE day >= ? AND day <= ? ORDER BY day, id`).all(from, to) as (Row & {
    created_at: number;
  })[];
  return rows.map((row) => {
    const { id: _id, updatedAt, ...fields } = toPlan(row);
    return { ...fields, createdAt: row.created_at, updatedAt };
  });
}

/** Adds an imported plan as it was (a day gone by included: it is history now). */
export function insertStoredPlan(db: Db, plan: StoredPlan): void {
  db.prepare(
    `INSERT INTO cope_ahead_plans (day, name, might_happen, skills, people, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(plan.day, plan.name, plan.mightHappen, JSON.stringify(plan.skills), JSON.stringify(plan.people), plan.note, plan.createdAt, plan.updatedAt);
}
