import type { HandlerGroup } from './types.ts';
import type { recoveryContract } from '../../../shared/contract/recovery.ts';
import { calendarDayOf, checkInDayOf, refuseUnusableDay } from '../../../shared/calendar.ts';
import { overview, saveNote, setPhase } from '../recovery/phases.ts';
import { addCopingItem, addWarningSign, deleteRelapse, getRelapse, recordRelapse, saveReflection } from '../recovery/relapses.ts';
import { deliver, makeExport } from '../recovery/exports.ts';
import { walletCardFileName, walletCardPdf } from '../recovery/wallet-card.ts';
import { readSafetyPlan } from '../coping/safety-plan.ts';
import { steadyMeasures } from '../recovery/measures.ts';
import { answerLockedLapseNote, waitingLapseNotes } from '../recovery/locked-lapse-notes.ts';

// Recovery journey handlers: phases, relapses, exports. Logic lives in ../recovery.
export const recoveryHandlers: HandlerGroup<keyof typeof recoveryContract> = {
  recoveryOverview: (_input, { db }) => overview(db),

  // The journal's today (before 04:00 still the evening before), as the check-in counts it.
  recoveryMeasures: (_input, ctx) => steadyMeasures(ctx.db, checkInDayOf(ctx.now())),

  recoverySetPhase: ({ phase }, ctx) => {
    const now = ctx.now();
    setPhase(ctx.db, phase, calendarDayOf(now), now.getTime());
    return overview(ctx.db);
  },

  recoverySaveNote: ({ key, body }, ctx) => {
    return saveNote(ctx.db, key, body, ctx.now().getTime());
  },

  relapseRecord: ({ day }, ctx) => {
    refuseUnusableDay(day, ctx.now());
    return recordRelapse(ctx.db, day, ctx.now().getTime());
  },

  relapseReflect: ({ id, reflection }, ctx) => {
    return saveReflection(ctx.db, id, reflection, ctx.now().getTime());
  },

  relapseAddToPlan: (input, ctx) => {
    const now = ctx.now().getTime();
    const { discreetMode } = ctx.settings.get();
    const result =
      input.kind === 'warning_sign'
        ? addWarningSign(ctx.db, input.id, input.text, now, discreetMode)
        : addCopingItem(ctx.db, input.id, input.text, input.copingKind, now, discreetMode);
    // The coping box and safety plan kept for when Harbor is locked must show the change too.
    ctx.coping.refreshCopy(ctx.db);
    return result;
  },

  lockedLapseNotesWaiting: (_input, { db }) => ({ waiting: waitingLapseNotes(db) }),

  lockedLapseNoteAnswer: ({ id, answer }, ctx) => {
    return answerLockedLapseNote(ctx.db, id, answer, ctx.now().getTime());
  },

  relapseDelete: ({ id }, ctx) => {
    getRelapse(ctx.db, id);
    const deleted = deleteRelapse(ctx.db, id);
    return { deleted };
  },

  recoveryExport: async (input, ctx) => {
    const { discreetMode, weekStart } = ctx.settings.get();
    const file = await makeExport(ctx.db, input, ctx.now(), { discreetMode, weekStart });
    return deliver(file, ctx.exports.saveFilePort());
  },

  safetyPlanWalletCard: async (_input, ctx) => {
    const { discreetMode } = ctx.settings.get();
    const bytes = await walletCardPdf({ plan: readSafetyPlan(ctx.db), discreetMode, madeOn: calendarDayOf(ctx.now()) });
    return deliver({ fileName: walletCardFileName(discreetMode), mimeType: 'application/pdf', bytes }, ctx.exports.saveFilePort());
  },
};
