// Expected dates were counted by hand from domain.md §6 (weekday of each date checked against the
// notices' 周X labels). Counting rule (Art. 33): the day of receipt is not counted; day 1 is the
// next working day; the deadline is the 20th counted day.
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  buildCalendar,
  dueDate,
  isWorkingDay,
} from "@/app/_shared/calendar/working-days";

describe("isWorkingDay", () => {
  it("treats ordinary weekdays as working days and weekends as rest days", () => {
    expect(isWorkingDay("2025-03-05")).toEqual({ ok: true, value: true }); // Wed
    expect(isWorkingDay("2025-03-08")).toEqual({ ok: true, value: false }); // Sat
    expect(isWorkingDay("2025-03-09")).toEqual({ ok: true, value: false }); // Sun
  });

  it("treats official rest days as non-working, including weekday holidays", () => {
    expect(isWorkingDay("2025-10-08")).toEqual({ ok: true, value: false }); // Wed, 国庆中秋
    expect(isWorkingDay("2026-02-23")).toEqual({ ok: true, value: false }); // Mon, 春节
  });

  it("counts 调休 make-up days on weekends as working days", () => {
    expect(isWorkingDay("2025-09-28")).toEqual({ ok: true, value: true }); // Sun
    expect(isWorkingDay("2026-02-14")).toEqual({ ok: true, value: true }); // Sat
  });

  it("flags a year without calendar data instead of guessing", () => {
    expect(isWorkingDay("2027-03-03")).toEqual({ ok: false, reason: "calendar_missing", year: 2027 });
    expect(isWorkingDay("2023-06-01")).toEqual({ ok: false, reason: "calendar_missing", year: 2023 });
  });

  it("flags the last week of December when next year's notice (which may reach back) is missing", () => {
    expect(isWorkingDay("2026-12-24")).toEqual({ ok: true, value: true });
    expect(isWorkingDay("2026-12-28")).toEqual({ ok: false, reason: "calendar_missing", year: 2027 });
    expect(isWorkingDay("2025-12-29")).toEqual({ ok: true, value: true }); // 2026 notice is loaded
  });

  it("rejects malformed and impossible dates", () => {
    for (const bad of ["2025-02-29", "2025-13-01", "2025-1-5", "20250105", ""]) {
      expect(isWorkingDay(bad)).toEqual({ ok: false, reason: "invalid_date", value: bad });
    }
  });
});

describe("addWorkingDays: the start day is not counted; day 1 is the next working day", () => {
  it("n = 1 from a Friday is the Monday", () => {
    expect(addWorkingDays("2025-03-07", 1)).toEqual({ ok: true, value: "2025-03-10" });
  });

  it("n = 1 from a weekend lands on a make-up Sunday when there is one", () => {
    expect(addWorkingDays("2024-04-27", 1)).toEqual({ ok: true, value: "2024-04-28" });
  });

  it("starting on a make-up Saturday: that day is not counted either", () => {
    expect(addWorkingDays("2024-10-12", 1)).toEqual({ ok: true, value: "2024-10-14" });
  });

  it("starting inside a holiday counts from the first day back", () => {
    expect(addWorkingDays("2024-10-03", 1)).toEqual({ ok: true, value: "2024-10-08" });
  });

  it("n = 0 returns the start date", () => {
    expect(addWorkingDays("2025-03-08", 0)).toEqual({ ok: true, value: "2025-03-08" });
  });

  it("throws on a negative or fractional count (a programming error, not user input)", () => {
    expect(() => addWorkingDays("2025-03-03", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2025-03-03", 1.5)).toThrow(RangeError);
  });
});

describe("dueDate (Art. 33: 20 working days from the day after receipt)", () => {
  it("received Fri 2025-09-26, across 国庆·中秋 2025 with make-up days 09-28 and 10-11 → 2025-10-30", () => {
    expect(dueDate("2025-09-26")).toEqual({ ok: true, value: "2025-10-30" });
  });

  it("received Tue 2026-02-10, across 春节 2026 with make-up days 02-14 and 02-28 → 2026-03-16", () => {
    expect(dueDate("2026-02-10")).toEqual({ ok: true, value: "2026-03-16" });
  });

  it("received Fri 2025-01-24, across 春节 2025 (make-up 01-26, 02-08) → 2025-02-27", () => {
    expect(dueDate("2025-01-24")).toEqual({ ok: true, value: "2025-02-27" });
  });

  it("received Fri 2024-12-20, across the year end and 元旦 2025 → 2025-01-20", () => {
    expect(dueDate("2024-12-20")).toEqual({ ok: true, value: "2025-01-20" });
  });

  it("received Mon 2025-03-03 with no holiday in the window → 2025-03-31", () => {
    expect(dueDate("2025-03-03")).toEqual({ ok: true, value: "2025-03-31" });
  });

  it("an approved 20-day extension continues counting after the first deadline", () => {
    expect(dueDate("2025-09-26", { extensionDays: 20 })).toEqual({ ok: true, value: "2025-11-27" });
    expect(() => dueDate("2025-09-26", { extensionDays: 21 })).toThrow(RangeError);
  });

  it("third-party consultation days (inclusive range) are not counted; 清明 2025 still skipped", () => {
    const paused = { pausedRanges: [{ from: "2025-03-10", to: "2025-03-14" }] };
    expect(dueDate("2025-03-03", paused)).toEqual({ ok: true, value: "2025-04-08" });
  });

  it("a paused range that covers only rest days changes nothing", () => {
    const weekendOnly = { pausedRanges: [{ from: "2025-03-08", to: "2025-03-09" }] };
    expect(dueDate("2025-03-03", weekendOnly)).toEqual({ ok: true, value: "2025-03-31" });
  });

  it("补正 restarts the clock from the day the supplemented application arrives", () => {
    expect(dueDate("2025-03-03", { supplementedOn: "2025-03-12" })).toEqual({ ok: true, value: "2025-04-10" });
  });

  it("rejects a restart before receipt and a range that ends before it starts", () => {
    expect(dueDate("2025-03-03", { supplementedOn: "2025-03-01" })).toMatchObject({ ok: false, reason: "invalid_range" });
    const backwards = { pausedRanges: [{ from: "2025-03-14", to: "2025-03-10" }] };
    expect(dueDate("2025-03-03", backwards)).toMatchObject({ ok: false, reason: "invalid_range" });
    expect(dueDate("2025-03-3")).toEqual({ ok: false, reason: "invalid_date", value: "2025-03-3" });
  });

  it("a receipt date in 2027 → calendar_missing", () => {
    expect(dueDate("2027-01-05")).toEqual({ ok: false, reason: "calendar_missing", year: 2027 });
  });

  it("a window running into 2027 → calendar_missing, never a guessed date", () => {
    expect(dueDate("2026-12-10")).toEqual({ ok: false, reason: "calendar_missing", year: 2027 });
  });

  it("works with an edited calendar (the county office's copy)", () => {
    const calendar = buildCalendar([
      { year: 2027, source: "test", holidays: [{ name: "x", rest: ["2027-03-01", "2027-03-05"], makeUpWorkdays: [] }] },
      { year: 2028, source: "test", holidays: [] },
    ]);
    // Mon 2027-03-01 … Fri 03-05 off: day 1 is Mon 03-08; day 20 is Fri 04-02.
    expect(dueDate("2027-02-26", {}, calendar)).toEqual({ ok: true, value: "2027-04-02" });
  });

  it("does not depend on the machine's timezone", () => {
    const before = process.env.TZ;
    try {
      for (const zone of ["America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati", "UTC"]) {
        process.env.TZ = zone;
        expect(dueDate("2025-09-26")).toEqual({ ok: true, value: "2025-10-30" });
      }
    } finally {
      process.env.TZ = before;
    }
  });
});
