import type { HandlerGroup } from './types.ts';
import type { copeAheadContract } from '../../../shared/contract/cope-ahead.ts';
import { deletePlan, listPlans, savePlan } from '../coping/cope-ahead.ts';
import { calendarDayOf } from '../../../shared/calendar.ts';

// Cope-ahead plans. Every change rewrites the locked copy, which keeps them only when the person
// allowed their box and plan while locked.
export const copeAheadHandlers: HandlerGroup<keyof typeof copeAheadContract> = {
  copeAheadList: (_input, ctx) => {
    const today = calendarDayOf(ctx.now());
    return { today, plans: listPlans(ctx.db, today) };
  },

  copeAheadSave: (input, ctx) => {
    const plan = savePlan(ctx.db, input, ctx.now());
    ctx.coping.refreshCopy(ctx.db);
    return plan;
  },

  copeAheadDelete: ({ id }, ctx) => {
    deletePlan(ctx.db, id);
    ctx.coping.refreshCopy(ctx.db);
    return { deleted: true as const };
  },

  copeAheadToday: (_input, { coping, vault, now }) => ({ plans: coping.copeAheadFor(vault, calendarDayOf(now())) }),
};
