import type { HandlerGroup } from './types.ts';
import type { chainContract } from '../../../shared/contract/chain.ts';
import { addRepair, readChain, recurringInChains, saveChain } from '../recovery/chain-analysis.ts';

// Chain analysis handlers. Logic lives in ../recovery/chain-analysis.ts.
export const chainHandlers: HandlerGroup<keyof typeof chainContract> = {
  chainGet: ({ relapseId }, { db }) => readChain(db, relapseId),

  chainSave: ({ relapseId, content }, ctx) => {
    const saved = saveChain(ctx.db, relapseId, content, ctx.now().getTime());
    return saved;
  },

  chainAddRepair: ({ relapseId, text, to }, ctx) => {
    const message = addRepair(ctx.db, relapseId, text, to, ctx.now().getTime(), ctx.settings.get().discreetMode);
    // The copy kept for when Harbor is locked must show the change too.
    ctx.coping.refreshCopy(ctx.db);
    return { message };
  },

  chainRecurring: (_input, { db }) => recurringInChains(db),
};
