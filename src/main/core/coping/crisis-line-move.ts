// Older versions kept the person's own crisis line in settings.json, in plain text, where it told
// anyone who opened the file what Harbor is for. The crisis line belongs to the safety plan (its
// "Professionals and services" part): encrypted with the journal, in the locked copy when the
// person chose that, and edited in one place. At the first unlock it moves there, then the
// settings file forgets it. The plan is written first, so a crash in between only means the
// move runs again, and a line already in the plan is never added twice.
import { z } from 'zod';
import type { Contact } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';
import { readSafetyPlan, saveSafetyPlan } from './safety-plan.ts';

const legacyCrisisLine = z.object({
  service: z.string().trim().min(1).max(120),
  reach: z.string().trim().min(1).max(200),
});

export interface LegacyCrisisLineSource {
  /** The value as found in the settings file, unchecked; undefined when there is none. */
  read(): unknown;
  forget(): void;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** 'moved', 'already-in-plan', 'unusable' (forgotten, plan unchanged) or 'none'. */
export function moveCrisisLineIntoPlan(db: Db, source: LegacyCrisisLineSource, now: number): 'moved' | 'already-in-plan' | 'unusable' | 'none' {
  const found = source.read();
  if (found === undefined || found === null) {
    if (found === null) source.forget();
    return 'none';
  }
  const parsed = legacyCrisisLine.safeParse(found);
  if (!parsed.success) {
    source.forget();
    return 'unusable';
  }
  const line: Contact = { section: 'professionals', name: parsed.data.service, reach: parsed.data.reach, country: '' };
  const plan = readSafetyPlan(db);
  const present = plan.contacts.some((c) => c.section === 'professionals' && same(c.name, line.name) && same(c.reach, line.reach));
  if (!present) {
    // First among the professionals and services: it was the line shown first before.
    const firstService = plan.contacts.findIndex((c) => c.section === 'professionals');
    const contacts = [...plan.contacts];
    contacts.splice(firstService === -1 ? contacts.length : firstService, 0, line);
    saveSafetyPlan(db, { sections: plan.sections, contacts }, now);
  }
  source.forget();
  return present ? 'already-in-plan' : 'moved';
}
