import type { HandlerGroup } from './types.ts';
import type { hopeBoxContract } from '../../../shared/contract/hope-box.ts';
import { deleteHope, saveHope } from '../coping/hope-box.ts';

// The hope box. Every change rewrites the locked copy, which keeps reasons and letters only when
// the person allowed their box and plan while locked.
export const hopeBoxHandlers: HandlerGroup<keyof typeof hopeBoxContract> = {
  hopeBox: (_input, { coping, vault }) => coping.hopeBox(vault),

  hopeBoxSave: (input, ctx) => {
    const item = saveHope(ctx.db, input, ctx.now());
    ctx.coping.refreshCopy(ctx.db);
    return item;
  },

  hopeBoxDelete: ({ id }, ctx) => {
    deleteHope(ctx.db, id);
    ctx.coping.refreshCopy(ctx.db);
    return { deleted: true as const };
  },
};
