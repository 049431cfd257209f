import type { HandlerGroup } from './types.ts';
import type { summaryContract } from '../../../shared/contract/summary.ts';
import { word } from '../../../shared/vocabulary.ts';
import { calendarDayOf } from '../../../shared/calendar.ts';
import { deliver } from '../recovery/exports.ts';
import { defaultSummaryRange, rememberSummaryMade, summaryBlocks, type SummaryRequest } from '../recovery/session-summary.ts';
import { sessionSummaryPdf } from '../recovery/summary-pdf.ts';
import { addTalkAbout, listTalkAbout, removeTalkAbout, updateTalkAbout } from '../recovery/talk-about.ts';
import type { CoreContext } from './types.ts';

// The session summary and the "to talk about" list. Logic lives in ../recovery.
export const summaryHandlers: HandlerGroup<keyof typeof summaryContract> = {
  summaryDefaultRange: (_input, ctx) => defaultSummaryRange(ctx.db, calendarDayOf(ctx.now())),

  summaryPreview: async (input, ctx) => {
    const { file, pages } = await makeSummary(input, ctx);
    return { fileName: file.fileName, pages };
  },

  summaryExport: async (input, ctx) => {
    const { file } = await makeSummary(input, ctx);
    const result = await deliver(file, ctx.exports.saveFilePort());
    if (result.delivery !== 'cancelled') rememberSummaryMade(ctx.db, calendarDayOf(ctx.now()));
    return result;
  },

  talkAboutList: (_input, { db }) => ({ items: listTalkAbout(db) }),
  talkAboutAdd: ({ text }, ctx) => ({ items: addTalkAbout(ctx.db, text, ctx.now().getTime()) }),
  talkAboutUpdate: ({ id, text, done }, ctx) => ({ items: updateTalkAbout(ctx.db, id, { text, done }, ctx.now().getTime()) }),
  talkAboutRemove: ({ id }, { db }) => ({ items: removeTalkAbout(db, id) }),
};

async function makeSummary(request: SummaryRequest, ctx: CoreContext) {
  const { discreetMode, weekStart } = ctx.settings.get();
  const madeOn = calendarDayOf(ctx.now());
  const { bytes, pages } = await sessionSummaryPdf(summaryBlocks(ctx.db, request, discreetMode), request, madeOn, weekStart);
  const fileName = `${word('sessionSummaryFile', discreetMode)}-${request.from}-to-${request.to}.pdf`;
  return { file: { fileName, mimeType: 'application/pdf', bytes }, pages };
}
