// The three first-run steps for a crisis (a crisis line, the first steps of the safety plan,
// whether the plan opens while locked) are optional. Whether each is done is read from the plan
// and the locked-access choice themselves, so a step done later on its own screen counts too.
// Only "Not now" on the journal's reminder card is kept, in the encrypted meta table.
import type { CrisisSetupStatus } from '../../../shared/contract/coping.ts';
import type { Db } from '../database.ts';
import { readSafetyPlan } from './safety-plan.ts';

const CARD_DISMISSED = 'coping.setup_card_dismissed';

export function crisisSetupStatus(db: Db, lockedAccessChosen: boolean): CrisisSetupStatus {
  const plan = readSafetyPlan(db);
  const has = (section: 'helpers' | 'professionals') => plan.contacts.some((c) => c.section === section);
  const dismissed = db.prepare('SELECT value FROM meta WHERE key = ?').get(CARD_DISMISSED) as { value: string } | undefined;
  return {
    crisisLine: has('professionals'),
    planStarted: plan.sections.warning_signs.trim() !== '' || plan.sections.alone.trim() !== '' || has('helpers'),
    lockedAccessChosen,
    cardDismissed: dismissed?.value === '1',
  };
}

export function dismissCrisisSetupCard(db: Db): void {
  db.prepare("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(CARD_DISMISSED);
}
