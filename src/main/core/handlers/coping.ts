import { HarborError } from '../../../shared/result.ts';
import type { HandlerGroup } from './types.ts';
import type { copingContract } from '../../../shared/contract/coping.ts';
import { addItem, moveItem, updateItem } from '../coping/box.ts';
import { pickOne } from '../coping/pick.ts';
import { saveSafetyPlan } from '../coping/safety-plan.ts';
import { crisisSetupStatus, dismissCrisisSetupCard } from '../coping/crisis-setup.ts';
import { openContactLink, savedNumbers } from '../coping/contact-links.ts';
import { wordsFor } from '../../../shared/vocabulary.ts';
import { matchedHelp } from '../coping/matched-help.ts';
import { checkInDayOf } from '../../../shared/calendar.ts';
import { evidenceSentence, recentRounds, strongestEvidence } from '../patterns/urge-wave.ts';

// Coping box, urge timer and safety plan handlers. The 'open' ones (copingBox,
// copingPickOne, copingUseSave, safetyPlanGet) go through ctx.coping, which reads only the coping
// box and the safety plan while locked and seals uses; none of them can reach journal data.
export const copingHandlers: HandlerGroup<keyof typeof copingContract> = {
  copingBox: (_input, { coping, vault }) => coping.box(vault),

  copingItemAdd: (input, ctx) => {
    const item = addItem(ctx.db, input, ctx.now().getTime());
    ctx.coping.refreshCopy(ctx.db);
    return item;
  },

  copingItemUpdate: ({ id, ...patch }, ctx) => {
    const item = updateItem(ctx.db, id, patch, ctx.now().getTime());
    ctx.coping.refreshCopy(ctx.db);
    return item;
  },

  copingItemMove: ({ id, direction }, ctx) => {
    const items = moveItem(ctx.db, id, direction);
    ctx.coping.refreshCopy(ctx.db);
    return { items };
  },

  copingPickOne: ({ excludeId }, { coping, vault }) => ({
    item: pickOne(coping.box(vault).items, Math.random, excludeId ?? null),
  }),

  // The rounds are journal data: while locked there is no sentence, rather than a stale one.
  copingUrgeEvidence: (_input, ctx) => ({
    sentence: ctx.vault.state() === 'unlocked' ? evidenceSentence(strongestEvidence(recentRounds(ctx.db))) : null,
  }),

  copingMatchedHelp: ({ triggerId }, ctx) => matchedHelp(ctx.db, checkInDayOf(ctx.now()), triggerId),

  copingContactLinks: (_input, { coping }) => coping.contactLinks(),

  // Only numbers readable right now from the person's own plan (the journal, or the locked copy).
  copingOpenContact: async ({ scheme, number }, { coping, vault }) => {
    const saved = savedNumbers(coping.plan(vault).contacts);
    await openContactLink(coping.contactLinkPort(), scheme, number, saved);
    return { opened: true as const };
  },

  copingUseSave: (use, ctx) => {
    return ctx.coping.saveUse(ctx.vault, use);
  },

  copingNoteLapse: ({ id }, ctx) => {
    return ctx.coping.noteLapse(ctx.vault, id, ctx.now());
  },

  safetyPlanGet: (_input, { coping, vault }) => coping.plan(vault),

  safetyPlanSave: (plan, ctx) => {
    saveSafetyPlan(ctx.db, plan, ctx.now().getTime());
    ctx.coping.refreshCopy(ctx.db);
    return ctx.coping.plan(ctx.vault);
  },

  copingLockedAccess: (_input, ctx) => ctx.coping.lockedAccess(ctx.db, wordsFor(ctx.settings.get().discreetMode)),

  copingSetLockedAccess: ({ choice }, ctx) => {
    return ctx.coping.setLockedAccess(ctx.db, choice, wordsFor(ctx.settings.get().discreetMode));
  },

  crisisSetupStatus: (_input, ctx) => crisisSetupStatus(ctx.db, ctx.coping.lockedAccess(ctx.db).chosen),

  crisisSetupDismissCard: (_input, ctx) => {
    dismissCrisisSetupCard(ctx.db);
    return crisisSetupStatus(ctx.db, ctx.coping.lockedAccess(ctx.db).chosen);
  },

  copingHotkey: (_input, { coping }) => coping.hotkeyStatus(),

  copingSetHotkey: ({ accelerator }, { coping }) => {
    const port = coping.hotkeyPort();
    if (!port) throw new HarborError('unavailable', 'The global hotkey works in the desktop app, not here.');
    return port.change(accelerator);
  },
};
