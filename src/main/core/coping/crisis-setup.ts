// The three first-run steps for a crisis (a crisis line, the first steps of the safety plan,
// whether the plan opens while locked) are optional. Whether each is done is read from the plan
// and the locked-access choice themselves, so a step done later on its own screen counts too.
// Only "Not now" on the journal's reminder card is kept, in the encrypted meta table.
import type { CrisisSetupStatus } from '../../../shared/contract/coping.ts';
import type { Db } from '../db/database.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { readSafetyPlan } from './safety-plan.ts';

const CARD_DISMISSED = 'coping.setup_card_dismissed';

export function crisisSetupStatus(db: Db, lockedAccessChosen: boolean): CrisisSetupStatus {
  const plan = readSafetyPlan(db);
  const has = (section: 'helpers' | 'professionals') => plan.contacts.some((c) => c.section === section);
  return {
    crisisLine: has('professionals'),
    planStarted: plan.sections.warning_signs.trim() !== '' || plan.sections.alone.trim() !== '' || has('helpers'),
    lockedAccessChosen,
    cardDismissed: readMeta(db, CARD_DISMISSED) === '1',
  };
}

export function dismissCrisisSetupCard(db: Db): void {
  writeMeta(db, CARD_DISMISSED, '1');
}
