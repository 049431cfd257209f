import type { HandlerGroup } from './types.ts';
import type { importContract } from '../../../shared/contract/import.ts';
import { calendarDayOf } from '../../../shared/calendar.ts';
import { planImport } from '../import/plan.ts';
import { readImportFile } from '../import/read-file.ts';
import { writeImport } from '../import/write-import.ts';
import type { ImportChoices } from '../../../shared/contract/import.ts';
import type { CoreContext } from './types.ts';

// Import handlers: the chosen file's bytes, the preview, the import. Logic lives in ../import.
export const importHandlers: HandlerGroup<keyof typeof importContract> = {
  importChooseFile: async ({ open }, { imports }) => {
    if (!imports.hasDialog() || !open) return { supported: imports.hasDialog(), file: null };
    return { supported: true, file: await imports.choose() };
  },

  importAddBytes: (input, { imports }) => imports.addBytes(input),

  importPreview: (choices, ctx) => {
    const { file, plan } = planFor(choices, ctx);
    return { file, ...plan.preview };
  },

  importCommit: (choices, ctx) => {
    const { plan } = planFor(choices, ctx);
    writeImport(ctx.db, plan, ctx.now().getTime());
    // Imported cope-ahead plans join the locked copy under the person's choice.
    if (plan.plans.length > 0) ctx.coping.refreshCopy(ctx.db);
    const { newDays, mergedDays, alreadyImported, badRows } = plan.preview.counts;
    return { addedDays: newDays, mergedDays, alreadyImported, badRows, range: plan.preview.range, message: doneMessage(newDays, mergedDays, alreadyImported) };
  },

  importForget: (_input, { imports }) => ({ forgotten: imports.forget() }),
};

function planFor(choices: ImportChoices, ctx: CoreContext) {
  const chosen = ctx.imports.current();
  const parsed = readImportFile(chosen.bytes, chosen.name, choices.columns);
  const plan = planImport(ctx.db, parsed, choices, calendarDayOf(ctx.now()));
  return { file: { name: chosen.name, sizeBytes: chosen.bytes.length }, plan };
}

function days(n: number): string {
  return `${String(n).replace(/\B(?=(\d{3})+$)/g, ',')} ${n === 1 ? 'day' : 'days'}`;
}

function doneMessage(added: number, merged: number, already: number): string {
  if (added === 0 && merged === 0) {
    return already > 0 ? 'Everything in this file is already in your journal, so nothing was added.' : 'There was nothing in this file to add.';
  }
  const parts = [added > 0 ? `${days(added)} added to your journal` : '', merged > 0 ? `${days(merged)} you had already written about now also hold what the file said` : ''];
  return `${parts.filter(Boolean).join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
