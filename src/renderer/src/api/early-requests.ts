// The coping window's first requests, started by a tiny script (coping/early.ts) that runs before
// the page's main bundle has even been parsed: the answers travel while React loads. Each answer
// is taken once, by the first screen that needs it; later loads ask again. Imports nothing but the
// bridge to main, so the early script stays a few hundred bytes.
import { harbor } from './harbor';

type CopingAnswers = [Awaited<ReturnType<typeof harbor.copingBox>>, Awaited<ReturnType<typeof harbor.safetyPlanGet>>];
type AppearanceAnswer = Awaited<ReturnType<typeof harbor.settingsAppearance>>;

let coping: Promise<CopingAnswers> | null = null;
let appearance: Promise<AppearanceAnswer> | null = null;

export const loadCopingAnswers = (): Promise<CopingAnswers> => Promise.all([harbor.copingBox({}), harbor.safetyPlanGet({})]);

/** Asks for the coping box, the safety plan and the appearance now (once). */
export function startEarlyRequests(): void {
  coping ??= loadCopingAnswers();
  appearance ??= harbor.settingsAppearance({});
}

/** The coping box and plan asked for early, or null once taken (or never asked). */
export function takeEarlyCoping(): Promise<CopingAnswers> | null {
  const pending = coping;
  coping = null;
  return pending;
}

/** The appearance asked for early, or null once taken (or never asked: the main window). */
export function takeEarlyAppearance(): Promise<AppearanceAnswer> | null {
  const pending = appearance;
  appearance = null;
  return pending;
}
