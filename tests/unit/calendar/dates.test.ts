import { describe, expect, it } from "vitest";
import { chinaToday, formatDayNumber, parseIsoDate } from "@/app/_shared/calendar/dates";

describe("calendar dates", () => {
  it("round-trips real dates, leap days included", () => {
    for (const date of ["1900-01-01", "2000-02-29", "2024-02-29", "2026-12-31", "0099-05-06"]) {
      expect(formatDayNumber(parseIsoDate(date)!)).toBe(date);
    }
  });

  it("rejects impossible dates instead of rolling them over", () => {
    for (const date of ["2025-02-29", "1900-02-29", "2025-04-31", "2025-00-10", "2025-01-00", "2025-1-1"]) {
      expect(parseIsoDate(date), date).toBeNull();
    }
  });

  it("chinaToday uses Beijing time (UTC+8), whatever the host's zone", () => {
    expect(chinaToday(new Date("2025-09-30T15:59:59Z"))).toBe("2025-09-30");
    expect(chinaToday(new Date("2025-09-30T16:00:00Z"))).toBe("2025-10-01");
  });
});
