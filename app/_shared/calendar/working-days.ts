// Working days (工作日) for the statutory reply clock of 政府信息公开条例 Art. 33.
//
// A day is a working day when it is Mon–Fri and not an official rest day, or when it is a 调休
// make-up working day (domain.md §6). Counting rule used throughout, from Art. 33's
// "自收到申请之日起20个工作日内": the day of receipt is NOT counted; day 1 is the first working day
// after it, and the deadline is the last day counted. A receipt on a weekend or holiday therefore
// starts counting on the next working day, just like a receipt on a Friday.
import { CN_CALENDAR, classifyDay, type CalendarResult, type WorkingDayCalendar } from "./build-calendar";
import { formatDayNumber, parseIsoDate, type DayNumber } from "./dates";

export { CN_CALENDAR, buildCalendar } from "./build-calendar";
export type { CalendarFailure, CalendarResult, WorkingDayCalendar } from "./build-calendar";

/** Art. 33: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** Art. 33: an approved extension adds at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;

/** Whether a "YYYY-MM-DD" date is a working day. Make-up days (调休上班) count as working days. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar = CN_CALENDAR): CalendarResult<boolean> {
  const day = parseIsoDate(date);
  if (day === null) return { ok: false, reason: "invalid_date", value: date };
  return classifyDay(day, calendar);
}

// Steps forward from `start` (not counted) until `n` counted working days have passed.
function countForward(
  start: DayNumber,
  n: number,
  calendar: WorkingDayCalendar,
  isPaused: (day: DayNumber) => boolean,
): CalendarResult<DayNumber> {
  let day = start;
  for (let counted = 0; counted < n; ) {
    day += 1;
    const working = classifyDay(day, calendar);
    if (!working.ok) return working; // ends the loop at the first year without data
    if (working.value && !isPaused(day)) counted += 1;
  }
  return { ok: true, value: day };
}

function requireCount(n: number, what: string, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new RangeError(`${what} must be an integer 0..${max}, got ${n}`);
}

/**
 * The date `n` working days after `start`, which itself is not counted (day 1 is the next working
 * day). `n = 0` returns `start`. Throws a RangeError for a negative or fractional `n` (a bug, not input).
 */
export function addWorkingDays(start: string, n: number, calendar: WorkingDayCalendar = CN_CALENDAR): CalendarResult<string> {
  requireCount(n, "n");
  const from = parseIsoDate(start);
  if (from === null) return { ok: false, reason: "invalid_date", value: start };
  const result = countForward(from, n, calendar, () => false);
  return result.ok ? { ok: true, value: formatDayNumber(result.value) } : result;
}

/** An inclusive span of dates ("YYYY-MM-DD") during which the clock stands still. */
export type PausedRange = { from: string; to: string };

/** Inputs to the Art. 33 reply deadline besides the receipt date. */
export type DueDateOptions = {
  /** Approved extension in working days (0–20). */
  extensionDays?: number;
  /**
   * Art. 30 补正: the day the supplemented application was received. The clock restarts: the
   * 20 days count from this date as if it were the receipt date.
   */
  supplementedOn?: string;
  /**
   * Art. 33 excluded time (third-party or other-agency consultation, Arts 32 and 34). Working days
   * inside a range, both ends included, are not counted; staff record the span they excluded.
   */
  pausedRanges?: readonly PausedRange[];
};

/**
 * The Art. 33 reply deadline for an application received on `receivedOn` (the Art. 31 receipt
 * date): 20 working days plus any extension, counted from the day after receipt (or after the
 * 补正 restart), skipping paused spans. Never guesses: a year without holiday data is reported.
 */
export function dueDate(receivedOn: string, options: DueDateOptions = {}, calendar: WorkingDayCalendar = CN_CALENDAR): CalendarResult<string> {
  const extension = options.extensionDays ?? 0;
  requireCount(extension, "extensionDays", MAX_EXTENSION_WORKING_DAYS);
  const received = parseIsoDate(receivedOn);
  if (received === null) return { ok: false, reason: "invalid_date", value: receivedOn };
  let start = received;
  if (options.supplementedOn !== undefined) {
    const restart = parseIsoDate(options.supplementedOn);
    if (restart === null) return { ok: false, reason: "invalid_date", value: options.supplementedOn };
    if (restart < received) return { ok: false, reason: "invalid_range", value: options.supplementedOn };
    start = restart;
  }
  const paused: [DayNumber, DayNumber][] = [];
  for (const range of options.pausedRanges ?? []) {
    const [from, to] = [parseIsoDate(range.from), parseIsoDate(range.to)];
    if (from === null) return { ok: false, reason: "invalid_date", value: range.from };
    if (to === null) return { ok: false, reason: "invalid_date", value: range.to };
    if (to < from) return { ok: false, reason: "invalid_range", value: `${range.from}..${range.to}` };
    paused.push([from, to]);
  }
  const isPaused = (day: DayNumber) => paused.some(([from, to]) => day >= from && day <= to);
  const result = countForward(start, REPLY_WORKING_DAYS + extension, calendar, isPaused);
  return result.ok ? { ok: true, value: formatDayNumber(result.value) } : result;
}
