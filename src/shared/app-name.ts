// Kept apart from the settings contract so small pages (the coping window) can use it without zod.

/** The name shown in titles, the tray and menus: neutral in discreet mode, so an onlooker learns nothing. */
export function appName(discreetMode: boolean): string {
  return discreetMode ? 'Notes' : 'Harbor';
}
