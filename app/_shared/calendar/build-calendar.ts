// Holiday notices turned into a lookup-ready calendar, and the one rule that classifies a day.
// Kept apart from the counting functions so the county office's edited calendar can be built and
// checked on its own (buildCalendar throws on malformed data).
import { dayNumberFromParts, isWeekend, parseIsoDate, yearOf, type DayNumber } from "./dates";
import { HOLIDAY_SCHEDULES_CN, type HolidaySchedule } from "./holidays-cn";

/**
 * Why a calendar question could not be answered. `calendar_missing`: the date falls in a year whose
 * holiday notice is not loaded (the answer would be a guess); `invalid_date`: not a real
 * "YYYY-MM-DD"; `invalid_range`: a range or restart date that ends before it starts.
 */
export type CalendarFailure =
  | { ok: false; reason: "calendar_missing"; year: number }
  | { ok: false; reason: "invalid_date"; value: string }
  | { ok: false; reason: "invalid_range"; value: string };

/** Either an answer or the reason there is none. */
export type CalendarResult<T> = { ok: true; value: T } | CalendarFailure;

/** A lookup-ready calendar built from holiday notices. */
export type WorkingDayCalendar = {
  years: ReadonlySet<number>;
  restDays: ReadonlySet<DayNumber>;
  makeUpWorkdays: ReadonlySet<DayNumber>;
};

function requireDate(value: string): DayNumber {
  const day = parseIsoDate(value);
  if (day === null) throw new RangeError(`holiday data: invalid date ${value}`);
  return day;
}

/**
 * Builds a calendar from notices (the built-in ones or the county office's edited copy). Throws a
 * RangeError on malformed data: a wrong calendar must stop the build, not skew every deadline.
 */
export function buildCalendar(schedules: readonly HolidaySchedule[]): WorkingDayCalendar {
  const restDays = new Set<DayNumber>();
  const makeUpWorkdays = new Set<DayNumber>();
  for (const schedule of schedules) {
    for (const holiday of schedule.holidays) {
      const [from, to] = [requireDate(holiday.rest[0]), requireDate(holiday.rest[1])];
      if (to < from) throw new RangeError(`holiday data: ${schedule.year} ${holiday.name} ends before it starts`);
      for (let day = from; day <= to; day += 1) restDays.add(day);
      for (const date of holiday.makeUpWorkdays) {
        const day = requireDate(date);
        // A make-up day is by definition a weekend day; a weekday here is a typo in the data.
        if (!isWeekend(day)) throw new RangeError(`holiday data: make-up day ${date} is not a weekend`);
        makeUpWorkdays.add(day);
      }
    }
  }
  return { years: new Set(schedules.map((s) => s.year)), restDays, makeUpWorkdays };
}

/** The official schedules for 2024–2026. */
export const CN_CALENDAR: WorkingDayCalendar = buildCalendar(HOLIDAY_SCHEDULES_CN);

// A notice can reach back into the previous December (the 2019 notice made 2018-12-29 a working
// day and 2018-12-30/31 rest days), so the last week of December also needs next year's notice.
const LATE_DECEMBER_FROM_DAY = 25;

/** Whether a day is a working day under `calendar`, or why that is unknown. */
export function classifyDay(day: DayNumber, calendar: WorkingDayCalendar): CalendarResult<boolean> {
  const year = yearOf(day);
  if (!calendar.years.has(year)) return { ok: false, reason: "calendar_missing", year };
  const lateDecember = dayNumberFromParts(year, 12, LATE_DECEMBER_FROM_DAY) ?? Number.POSITIVE_INFINITY;
  if (day >= lateDecember && !calendar.years.has(year + 1)) {
    return { ok: false, reason: "calendar_missing", year: year + 1 };
  }
  if (calendar.makeUpWorkdays.has(day)) return { ok: true, value: true };
  return { ok: true, value: !isWeekend(day) && !calendar.restDays.has(day) };
}
