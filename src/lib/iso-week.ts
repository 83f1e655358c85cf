/** Calendar days as "YYYY-MM-DD" and ISO 8601 weeks as "2026-W48": Monday first, week 1 being
 *  the one with the year's first Thursday. Computed in UTC, so no time zone moves a day. */
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})$/;

const toDate = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The UTC calendar day of an instant. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The day itself when `text` names a real calendar day (no 2026-02-30), else undefined. */
export function parseDay(text: string): string | undefined {
  if (!DAY.test(text)) return undefined;
  const date = toDate(text);
  return Number.isNaN(date.getTime()) || dayOf(date) !== text ? undefined : text;
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(toDate(day).getTime() + days * DAY_MS));
}

/** The Monday of the day's week. */
export function mondayOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** "2026-W48": the week's year is its Thursday's. */
export function isoWeekOf(day: string): string {
  const thursday = addDays(mondayOf(day), 3);
  const year = thursday.slice(0, 4);
  const week =
    Math.floor((toDate(thursday).getTime() - toDate(`${year}-01-01`).getTime()) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of a week named "2026-W48" or by any of its days; undefined for neither. */
export function weekStart(text: string): string | undefined {
  const day = parseDay(text);
  if (day) return mondayOf(day);
  const match = WEEK.exec(text);
  if (!match) return undefined;
  // January 4th is always in week 1.
  const monday = addDays(mondayOf(`${match[1]}-01-04`), (Number(match[2]) - 1) * 7);
  return Number(match[2]) >= 1 && isoWeekOf(monday) === text ? monday : undefined;
}
