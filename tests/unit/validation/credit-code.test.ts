import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeCreditCodeCheckChar,
  CREDIT_CODE_CATEGORIES,
  CREDIT_CODE_CHARS,
  parseCreditCode,
} from "@/app/_shared/validation/credit-code";

const PREFIXES = Object.entries(CREDIT_CODE_CATEGORIES).flatMap(([authority, types]) =>
  [...types].map((type) => authority + type),
);
const codeChar = fc.integer({ min: 0, max: 30 }).map((i) => CREDIT_CODE_CHARS[i]!);

const validCreditCode = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.integer({ min: 0, max: 999_999 }),
    fc.array(codeChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([prefix, region, body]) => {
    const first17 = prefix + String(region).padStart(6, "0") + body.join("");
    return first17 + computeCreditCodeCheckChar(first17);
  });

describe("parseCreditCode (GB 32100-2015)", () => {
  it("accepts codes printed on real business licences", () => {
    // Public registration data: both codes appear on their companies' 营业执照.
    expect(parseCreditCode("91350200776049653A")).toEqual({ ok: true, value: "91350200776049653A" });
    expect(parseCreditCode("913502000728319549")).toEqual({ ok: true, value: "913502000728319549" });
  });

  it("normalises lower case, spaces and full-width characters", () => {
    expect(parseCreditCode(" 91350200 776049653a ")).toEqual({ ok: true, value: "91350200776049653A" });
    expect(parseCreditCode("９１３５０２００７７６０４９６５３Ａ")).toEqual({ ok: true, value: "91350200776049653A" });
  });

  it("says what is wrong", () => {
    expect(parseCreditCode("  ")).toEqual({ ok: false, error: "required" });
    expect(parseCreditCode("91350200776049653")).toEqual({ ok: false, error: "length" });
    expect(parseCreditCode("91350200776O49653A")).toEqual({ ok: false, error: "format" }); // letter O
    expect(parseCreditCode("913502007760496S3A")).toEqual({ ok: false, error: "format" }); // letter S
    expect(parseCreditCode("91A50200776049653A")).toEqual({ ok: false, error: "format" }); // region not digits
    expect(parseCreditCode("94350200776049653A")).toEqual({ ok: false, error: "category" }); // 工商 has no 4
    expect(parseCreditCode("B1350200776049653A")).toEqual({ ok: false, error: "category" }); // no authority B
    expect(parseCreditCode("91350200776049653B")).toEqual({ ok: false, error: "checksum" });
  });

  it("accepts 100,000 generated valid codes", () => {
    fc.assert(
      fc.property(validCreditCode, (code) => parseCreditCode(code).ok),
      { numRuns: 100_000 },
    );
  });

  it("rejects EVERY single-character change of a valid code (each position, each character)", () => {
    const candidates = CREDIT_CODE_CHARS + "IOZSV";
    fc.assert(
      fc.property(validCreditCode, (code) => {
        for (let position = 0; position < 18; position += 1) {
          for (const replacement of candidates) {
            if (replacement === code[position]) continue;
            const changed = code.slice(0, position) + replacement + code.slice(position + 1);
            if (parseCreditCode(changed).ok) return false;
          }
        }
        return true;
      }),
      { numRuns: 1_000 },
    );
  });
});
