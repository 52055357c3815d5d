import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  generateTrackingNumber,
  isTrackingNumber,
  parseTrackingNumber,
  TRACKING_ALPHABET,
  trackingNumberSchema,
} from "@/app/_shared/requests/tracking-number";

const SHAPE = /^DX-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/;

// A deterministic random source, so fast-check can generate (and shrink) numbers.
function fixedBytes(bytes: ArrayLike<number>) {
  return (target: Uint8Array) => {
    target.set(bytes);
    return target;
  };
}
const trackingNumber = fc
  .uint8Array({ minLength: 12, maxLength: 12 })
  .map((bytes) => generateTrackingNumber(fixedBytes(bytes)));

describe("generateTrackingNumber", () => {
  it("has the printed shape DX-XXXX-XXXX-XXXXX with no I, L, O, U", () => {
    for (let i = 0; i < 1000; i += 1) expect(generateTrackingNumber()).toMatch(SHAPE);
    expect(TRACKING_ALPHABET).toHaveLength(32);
  });

  it("produces no duplicates in 100,000 numbers", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i += 1) seen.add(generateTrackingNumber());
    expect(seen.size).toBe(100_000);
  });

  it("takes 60 bits from the random source: 5 bits of each of 12 bytes", () => {
    expect(generateTrackingNumber((b) => b.fill(0))).toBe("DX-0000-0000-00000");
    expect(generateTrackingNumber((b) => b.fill(0xff)).slice(0, 17)).toBe("DX-ZZZZ-ZZZZ-ZZZZ");
    // High bits are discarded, keeping the 32 characters equally likely.
    expect(generateTrackingNumber((b) => b.fill(0x20 + 5)).slice(0, 7)).toBe("DX-5555");
  });

  it("uses the platform's cryptographic random source by default", () => {
    const original = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    let calls = 0;
    globalThis.crypto.getRandomValues = ((array: Uint8Array) => {
      calls += 1;
      return original(array);
    }) as typeof globalThis.crypto.getRandomValues;
    try {
      generateTrackingNumber();
    } finally {
      globalThis.crypto.getRandomValues = original;
    }
    expect(calls).toBe(1);
  });
});

describe("parseTrackingNumber", () => {
  it("round-trips every generated number", () => {
    fc.assert(fc.property(trackingNumber, (number) => parseTrackingNumber(number) === number));
  });

  it("tolerates case, spaces, missing dashes and prefix, full-width input, and O/I/L for 0/1", () => {
    const number = generateTrackingNumber(fixedBytes([0, 1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const code = number.replaceAll("-", "").slice(2);
    expect(number.slice(0, 7)).toBe("DX-0101");
    expect(parseTrackingNumber(number.toLowerCase())).toBe(number);
    expect(parseTrackingNumber(` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(number);
    expect(parseTrackingNumber(code)).toBe(number);
    expect(parseTrackingNumber(`DX${code}`)).toBe(number);
    expect(parseTrackingNumber(`dx-${code.replace("0", "O").replace("1", "I").replace("1", "l")}`)).toBe(number);
    expect(parseTrackingNumber(`ＤＸ－${code}`)).toBe(number);
  });

  it("rejects the wrong length, characters outside the alphabet, and other text", () => {
    const number = generateTrackingNumber();
    expect(parseTrackingNumber(number.slice(0, -1))).toBeNull();
    expect(parseTrackingNumber(`${number}7`)).toBeNull();
    expect(parseTrackingNumber(number.slice(0, -1) + "U")).toBeNull();
    expect(parseTrackingNumber("")).toBeNull();
    expect(parseTrackingNumber("道县-1234-5678-9ABCD")).toBeNull();
    expect(isTrackingNumber(number)).toBe(true);
  });

  it("the check character detects single substitutions (measured rate ≥ 0.96; GF(32) gives 1.0)", () => {
    // Every position × every other character a person might type (alphabet plus I, L, O, U);
    // a confusable that reads as the same character (O for 0) is not a change and is skipped.
    const typed = TRACKING_ALPHABET + "ILOU";
    const same: Record<string, string> = { I: "1", L: "1", O: "0" };
    let changes = 0;
    let detected = 0;
    fc.assert(
      fc.property(trackingNumber, (number) => {
        const code = number.replaceAll("-", "").slice(2);
        for (let position = 0; position < code.length; position += 1) {
          for (const replacement of typed) {
            if ((same[replacement] ?? replacement) === code[position]) continue;
            changes += 1;
            if (parseTrackingNumber(code.slice(0, position) + replacement + code.slice(position + 1)) === null) detected += 1;
          }
        }
      }),
      { numRuns: 1_000 },
    );
    const rate = detected / changes;
    expect(changes).toBeGreaterThan(400_000);
    expect(rate).toBeGreaterThanOrEqual(0.96);
    expect(rate).toBe(1);
  });

  it("the check character detects every swap of two adjacent different characters", () => {
    fc.assert(
      fc.property(trackingNumber, (number) => {
        const code = number.replaceAll("-", "").slice(2);
        for (let i = 0; i + 1 < code.length; i += 1) {
          if (code[i] === code[i + 1]) continue;
          if (parseTrackingNumber(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)) !== null) return false;
        }
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it("trackingNumberSchema returns the canonical form or a plain message", () => {
    const number = generateTrackingNumber();
    expect(trackingNumberSchema.parse(number.toLowerCase().replaceAll("-", " "))).toBe(number);
    const result = trackingNumberSchema.safeParse("DX-0000-0000-00001");
    expect(result.success ? undefined : result.error.issues[0]?.message).toBe("查询编号不正确，请核对回执上的编号");
  });
});
