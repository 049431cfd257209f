// The safety plan (Stanley–Brown sections in the person's own words) and its contacts.
import { safetyPlanSections, type Contact, type SafetyPlanSection } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';

export interface SafetyPlanData {
  sections: Record<SafetyPlanSection, string>;
  contacts: Contact[];
  updatedAt: number | null;
}

export function emptySafetyPlan(): SafetyPlanData {
  return {
    sections: Object.fromEntries(safetyPlanSections.map((s) => [s, ''])) as Record<SafetyPlanSection, string>,
    contacts: [],
    updatedAt: null,
  };
}

export function readSafetyPlan(db: Db): SafetyPlanData {
  const plan = emptySafetyPlan();
  const rows = db.prepare('SELECT section, body, updated_at FROM safety_plan').all() as {
    section: SafetyPlanSection;
    body: string;
    updated_at: number;
  }[];
  for (const row of rows) {
    plan.sections[row.section] = row.body;
    plan.updatedAt = Math.max(plan.updatedAt ?? 0, row.updated_at);
  }
  plan.contacts = db
    .prepare('SELECT section, name, reach, country FROM contacts ORDER BY position, id')
    .all() as Contact[];
  return plan;
}

/** Replaces the whole plan in one transaction: what the person sees is exactly what is kept. */
export function saveSafetyPlan(db: Db, plan: { sections: Record<SafetyPlanSection, string>; contacts: Contact[] }, now: number): void {
  db.transaction(() => {
    const upsert = db.prepare(
      `INSERT INTO safety_plan (section, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(section) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    );
    for (const section of safetyPlanSections) upsert.run(section, plan.sections[section], now);
    db.prepare('DELETE FROM contacts').run();
    const insert = db.prepare('INSERT INTO contacts (section, name, reach, country, position) VALUES (?, ?, ?, ?, ?)');
    plan.contacts.forEach((c, index) => insert.run(c.section, c.name.trim(), c.reach.trim(), c.country.trim(), index));
  })();
}
