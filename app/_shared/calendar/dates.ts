// Calendar dates ("YYYY-MM-DD", as used in China) as whole day numbers since 1970-01-01.
// All arithmetic is on UTC dates built from the string's own fields, so a machine's timezone or a
// DST change can never shift a date by one: the value "2025-10-01" means that day, everywhere.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as days since 1970-01-01 (day 0 was a Thursday). */
export type DayNumber = number;

/** Parses "YYYY-MM-DD" into a day number; null for malformed or impossible dates ("2025-02-29"). */
export function parseIsoDate(value: string): DayNumber | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  return dayNumberFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Day number for a year/month/day, or null when the parts do not name a real date. */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(0);
  // setUTCFullYear rather than Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  // Round-tripping rejects dates that JavaScript would silently roll over (Feb 30 → Mar 2).
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Formats a day number as "YYYY-MM-DD". */
export function formatDayNumber(day: DayNumber): string {
  const date = new Date(day * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** The year of a day number. */
export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** True for Saturday and Sunday. */
export function isWeekend(day: DayNumber): boolean {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Today's date in China (UTC+8, no daylight saving since 1991) as "YYYY-MM-DD". A kiosk's or
 * server's own clock zone is irrelevant: a request filed at 07:30 Beijing time is filed "today"
 * even on a server that still thinks it is yesterday in UTC.
 */
export function chinaToday(now: Date = new Date()): string {
  return formatDayNumber(Math.floor((now.getTime() + 8 * 3_600_000) / MS_PER_DAY));
}
