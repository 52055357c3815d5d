// Cross-checks the holiday data against domain.md §6.4 (derived figures) and the weekday labels
// printed in the notices themselves, so a typo in holidays-cn.ts cannot pass unnoticed.
import { describe, expect, it } from "vitest";
import { dayNumberFromParts, formatDayNumber, isWeekend } from "@/app/_shared/calendar/dates";
import { HOLIDAY_SCHEDULES_CN } from "@/app/_shared/calendar/holidays-cn";
import { buildCalendar, isWorkingDay } from "@/app/_shared/calendar/working-days";

// §6.4 counts whole years, which for late December 2026 assumes the 2027 notice moves nothing into
// 2026. Make that assumption explicit with an empty 2027 schedule instead of weakening the rule.
const calendarFor64 = buildCalendar([...HOLIDAY_SCHEDULES_CN, { year: 2027, source: "assumed empty", holidays: [] }]);

function daysOf(year: number): string[] {
  const first = dayNumberFromParts(year, 1, 1)!;
  const last = dayNumberFromParts(year, 12, 31)!;
  const days: string[] = [];
  for (let day = first; day <= last; day += 1) days.push(formatDayNumber(day));
  return days;
}

function expand(spec: string[], year: number): string[] {
  // "02-12…02-16" → every date in between; "01-01" → itself.
  return spec.flatMap((item) => {
    const [from, to] = item.split("…");
    const start = dayNumberFromParts(year, Number(from!.slice(0, 2)), Number(from!.slice(3)))!;
    const end = to ? dayNumberFromParts(year, Number(to.slice(0, 2)), Number(to.slice(3)))! : start;
    const out: string[] = [];
    for (let day = start; day <= end; day += 1) out.push(formatDayNumber(day));
    return out;
  });
}

const WEEKDAY_HOLIDAYS_64: Record<number, string[]> = {
  2024: ["01-01", "02-12…02-16", "04-04", "04-05", "05-01…05-03", "06-10", "09-16", "09-17", "10-01…10-04", "10-07"],
  2025: ["01-01", "01-28…01-31", "02-03", "02-04", "04-04", "05-01", "05-02", "05-05", "06-02", "10-01…10-03", "10-06…10-08"],
  2026: ["01-01", "01-02", "02-16…02-20", "02-23", "04-06", "05-01", "05-04", "05-05", "06-19", "09-25", "10-01", "10-02", "10-05…10-07"],
};

describe("holiday data (domain.md §6)", () => {
  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])("%i has %i working days (§6.4)", (year, expected) => {
    const working = daysOf(year).filter((date) => {
      const result = isWorkingDay(date, calendarFor64);
      if (!result.ok) throw new Error(`${date}: ${result.reason}`);
      return result.value;
    });
    expect(working).toHaveLength(expected);
  });

  it.each([2024, 2025, 2026])("%i: the weekday rest days are exactly §6.4's list", (year) => {
    const weekdayRest = daysOf(year).filter((date) => {
      const day = dayNumberFromParts(year, Number(date.slice(5, 7)), Number(date.slice(8)))!;
      const result = isWorkingDay(date, calendarFor64);
      return !isWeekend(day) && result.ok && !result.value;
    });
    expect(weekdayRest).toEqual(expand(WEEKDAY_HOLIDAYS_64[year]!, year));
  });

  it("every make-up working day is a Saturday or Sunday, as the notices label them", () => {
    // Weekday labels copied from the notices (§6.1–6.3): 6 = Saturday, 0 = Sunday.
    const labelled: Record<string, number> = {
      "2024-02-04": 0, "2024-02-18": 0, "2024-04-07": 0, "2024-04-28": 0, "2024-05-11": 6, "2024-09-14": 6,
      "2024-09-29": 0, "2024-10-12": 6, "2025-01-26": 0, "2025-02-08": 6, "2025-04-27": 0, "2025-09-28": 0,
      "2025-10-11": 6, "2026-01-04": 0, "2026-02-14": 6, "2026-02-28": 6, "2026-05-09": 6, "2026-09-20": 0,
      "2026-10-10": 6,
    };
    const makeUp = HOLIDAY_SCHEDULES_CN.flatMap((s) => s.holidays.flatMap((h) => [...h.makeUpWorkdays]));
    expect(makeUp.sort()).toEqual(Object.keys(labelled).sort());
    for (const [date, weekday] of Object.entries(labelled)) {
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(weekday);
      expect(isWorkingDay(date)).toEqual({ ok: true, value: true });
    }
  });

  it("rest-day ranges start on the weekdays the notices print", () => {
    const starts: Record<string, number> = {
      "2024-01-01": 1, "2024-02-10": 6, "2024-06-10": 1, "2025-01-01": 3, "2025-01-28": 2, "2025-04-04": 5,
      "2025-05-01": 4, "2025-05-31": 6, "2025-10-01": 3, "2026-01-01": 4, "2026-02-15": 0, "2026-04-04": 6,
      "2026-05-01": 5, "2026-06-19": 5, "2026-09-25": 5, "2026-10-01": 4,
    };
    const allStarts = new Set(HOLIDAY_SCHEDULES_CN.flatMap((s) => s.holidays.map((h) => h.rest[0])));
    for (const [date, weekday] of Object.entries(starts)) {
      expect(allStarts.has(date), date).toBe(true);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(weekday);
    }
  });

  it("buildCalendar rejects malformed data instead of skewing deadlines", () => {
    const bad = (rest: [string, string], makeUp: string[] = []) => () =>
      buildCalendar([{ year: 2030, source: "t", holidays: [{ name: "x", rest, makeUpWorkdays: makeUp }] }]);
    expect(bad(["2030-02-30", "2030-03-01"])).toThrow(RangeError);
    expect(bad(["2030-03-02", "2030-03-01"])).toThrow(RangeError);
    expect(bad(["2030-03-01", "2030-03-01"], ["2030-03-04"])).toThrow(/not a weekend/); // a Monday
  });
});
