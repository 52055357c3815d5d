import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chinaToday, formatDayNumber, parseIsoDate } from "@/app/_shared/calendar/dates";
import { computeIdCardCheckChar, parseIdCard, PROVINCE_CODES } from "@/app/_shared/validation/id-card";

const TODAY = chinaToday();
const PROVINCES = [...PROVINCE_CODES];
const FIRST_DAY = parseIsoDate("1900-01-01")!;
const LAST_DAY = parseIsoDate(TODAY)!;

// Cheap generator of valid numbers: province + 4 region digits + a real birth date + sequence,
// then the check character computed from them.
const validIdCard = fc
  .tuple(
    fc.integer({ min: 0, max: PROVINCES.length - 1 }),
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([province, region, day, sequence]) => {
    const first17 =
      PROVINCES[province]! + String(region).padStart(4, "0") + formatDayNumber(day).replaceAll("-", "") + String(sequence).padStart(3, "0");
    return first17 + computeIdCardCheckChar(first17);
  });

describe("parseIdCard (GB 11643-1999)", () => {
  it("accepts the standard's example and returns birth date and sex", () => {
    expect(parseIdCard("11010519491231002X")).toEqual({
      ok: true,
      value: { value: "11010519491231002X", regionCode: "110105", birthDate: "1949-12-31", sex: "female" },
    });
  });

  it("accepts a 道县 number, a lower-case x, spaces and full-width digits, and normalises them", () => {
    expect(parseIdCard("431124199001011237")).toMatchObject({ ok: true, value: { birthDate: "1990-01-01", sex: "male" } });
    expect(parseIdCard(" 110105 19491231 002x ")).toMatchObject({ ok: true, value: { value: "11010519491231002X" } });
    expect(parseIdCard("４３１１２４１９９００１０１１２３７")).toMatchObject({ ok: true, value: { value: "431124199001011237" } });
  });

  it("says what is wrong", () => {
    expect(parseIdCard("")).toEqual({ ok: false, error: "required" });
    expect(parseIdCard("43112419900101123")).toEqual({ ok: false, error: "length" });
    expect(parseIdCard("4311241990010112X7")).toEqual({ ok: false, error: "format" });
    expect(parseIdCard("991124199001011237")).toEqual({ ok: false, error: "region" });
    expect(parseIdCard("431124199002301230")).toEqual({ ok: false, error: "birth_date" }); // Feb 30
    expect(parseIdCard("431124189912311230")).toEqual({ ok: false, error: "birth_date" }); // before 1900
    expect(parseIdCard("431124199001011230")).toEqual({ ok: false, error: "checksum" });
  });

  it("rejects a birth date after today (in China)", () => {
    const first17 = "43112420250601123";
    const id = first17 + computeIdCardCheckChar(first17);
    expect(parseIdCard(id, "2025-05-31")).toEqual({ ok: false, error: "birth_date" });
    expect(parseIdCard(id, "2025-06-01")).toMatchObject({ ok: true });
  });

  it("accepts 100,000 generated valid numbers", () => {
    fc.assert(
      fc.property(validIdCard, (id) => parseIdCard(id, TODAY).ok),
      { numRuns: 100_000 },
    );
  });

  it("reads sex from the 17th digit (odd = male)", () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        const result = parseIdCard(id, TODAY);
        return result.ok && result.value.sex === (Number(id[16]) % 2 === 1 ? "male" : "female");
      }),
    );
  });

  it("rejects EVERY single-character change of a valid number (each position, each other allowed character)", () => {
    const allowed = "0123456789X";
    fc.assert(
      fc.property(validIdCard, (id) => {
        for (let position = 0; position < 18; position += 1) {
          for (const replacement of allowed) {
            if (replacement === id[position]) continue;
            const changed = id.slice(0, position) + replacement + id.slice(position + 1);
            if (parseIdCard(changed, TODAY).ok) return false;
          }
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it("rejects every swap of two adjacent different characters", () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        for (let i = 0; i < 17; i += 1) {
          if (id[i] === id[i + 1]) continue;
          const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
          if (parseIdCard(swapped, TODAY).ok) return false;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });
});
