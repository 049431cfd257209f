// Day strings ('YYYY-MM-DD') shown in the person's language. Formatting goes through UTC on
// purpose: a day is a calendar date, not an instant, so no time zone can shift it.
function utc(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

const long = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const weekdayOnly = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateAndClock = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** "Wednesday, 12 March 2025" */
export const formatDay = (day: string) => long.format(utc(day));
/** "Wednesday, 12 March" */
export const formatDayShort = (day: string) => short.format(utc(day));
export const formatWeekday = (day: string) => weekdayOnly.format(utc(day));
export const formatWeekOf = (firstDay: string) => `Week of ${dayMonthYear.format(utc(firstDay))}`;
/** A wall-clock time for "saved at". */
export const formatTime = (epochMs: number) => clock.format(new Date(epochMs));
export const formatDateTime = (epochMs: number) => dateAndClock.format(new Date(epochMs));
const calendarDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
/** "11 April 2025" for an instant on the person's clock. */
export const formatDate = (epochMs: number) => calendarDate.format(new Date(epochMs));
