import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { characterLength, findUnsafeChar } from "@/app/_shared/validation/safe-text";

const REFUSED = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x0a),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i), // DEL and C1
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  0x2028, 0x2029, 0x200b, 0x2060, 0xfeff,
];

describe("findUnsafeChar", () => {
  it("finds every refused character, wherever it is", () => {
    for (const code of REFUSED) {
      const text = `申请公开${String.fromCharCode(code)}信息`;
      expect(findUnsafeChar(text, { multiline: true }), code.toString(16)).toBe(4);
    }
  });

  it("allows \\n only in multi-line text", () => {
    expect(findUnsafeChar("第一行\n第二行", { multiline: true })).toBe(-1);
    expect(findUnsafeChar("第一行\n第二行")).toBe(3);
  });

  it("allows ZWJ emoji sequences and characters outside the BMP, refuses lone surrogates", () => {
    expect(findUnsafeChar("👨‍👩‍👧 𠇔")).toBe(-1);
    expect(findUnsafeChar("a\uDC00")).toBe(1);
    expect(findUnsafeChar("a\uD800")).toBe(1);
  });

  it("accepts any text made of printable Chinese, ASCII and common punctuation", () => {
    const safeChar = fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x3001, 0x3002, 0xff0c, 0xff08, 0xff09, 0x201c, 0x201d, 0x00b7),
    );
    fc.assert(
      fc.property(fc.array(safeChar, { maxLength: 60 }), (codes) => findUnsafeChar(String.fromCharCode(...codes)) === -1),
    );
  });

  it("characterLength counts code points", () => {
    expect(characterLength("道县𠇔")).toBe(3);
  });
});
