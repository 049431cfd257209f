// Days as people read them ("Monday 10 March 2025"), from the 'YYYY-MM-DD' strings main uses.
export function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC: the same calendar day in every time zone.
  return new Date(Date.UTC(year, month - 1, date, 12)).toLocaleDateString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
