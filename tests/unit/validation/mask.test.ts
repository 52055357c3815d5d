import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  maskAddress,
  maskCreditCode,
  maskEmail,
  maskIdCard,
  maskName,
  maskPhone,
} from "@/app/_shared/validation/mask";

// Any text at all, lone surrogates included: masking must be total.
const anyText = fc.string({ unit: "binary", maxLength: 40 });
const noStars = fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !s.includes("*"));

// Positions where the output shows the input's own character.
function revealed(input: string, output: string): number[] {
  const a = Array.from(input);
  const b = Array.from(output);
  return b.flatMap((char, i) => (char !== "*" && char === a[i] ? [i] : []));
}

describe("masking examples", () => {
  it("masks as the county's lists print them", () => {
    expect(maskIdCard("431124199001011237")).toBe("431***********1237");
    expect(maskCreditCode("91350200776049653A")).toBe("913***********653A");
    expect(maskPhone("13800131234")).toBe("138****1234");
    expect(maskPhone("0746-5221234")).toBe("0746-*****34");
    expect(maskPhone("07465221234")).toBe("0746-*****34");
    expect(maskPhone("020-87654321-801")).toBe("020-******21-***");
    expect(maskName("张三明")).toBe("张*明");
    expect(maskName("李四")).toBe("李*");
    expect(maskName("欧阳娜娜")).toBe("欧**娜");
    expect(maskName("𠇔明")).toBe("𠇔*");
    expect(maskAddress("湖南省永州市道县濂溪街道某路12号")).toBe("湖南省永州市****");
    expect(maskAddress("道县梅花镇")).toBe("道县****");
    expect(maskEmail("zhangsan@example.com")).toBe("z***@example.com");
  });

  it("masks odd input more, never less", () => {
    expect(maskIdCard("4311")).toBe("****");
    expect(maskPhone("12345")).toBe("*****");
    expect(maskName("")).toBe("");
    expect(maskName("张")).toBe("*");
    expect(maskEmail("z@example.com")).toBe("***@example.com");
    expect(maskEmail("not-an-email")).toBe("************");
    expect(maskAddress("")).toBe("");
  });
});

describe("masking properties (never throws, never reveals more than allowed)", () => {
  it("ID and credit code: length preserved, only the first 3 and last 4 characters shown", () => {
    fc.assert(
      fc.property(noStars, (value) => {
        for (const masked of [maskIdCard(value), maskCreditCode(value)]) {
          const length = Array.from(value).length;
          if (Array.from(masked).length !== length) return false;
          const shown = revealed(value, masked);
          if (shown.length > 7 || shown.some((i) => i >= 3 && i < length - 4)) return false;
          // Everything that is not shown is a star.
          if (Array.from(masked).some((c, i) => c !== "*" && !shown.includes(i))) return false;
        }
        return true;
      }),
    );
  });

  it("names: at most the first and last character, and never the whole name", () => {
    fc.assert(
      fc.property(noStars, (value) => {
        const length = Array.from(value).length;
        const shown = revealed(value, maskName(value)).length;
        return shown <= Math.min(2, Math.max(0, length - 1)) && Array.from(maskName(value)).length === length;
      }),
    );
  });

  it("addresses: a prefix of at most 6 characters and at most half of the address", () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const masked = maskAddress(value);
        if (value === "") return masked === "";
        const prefix = masked.slice(0, -4);
        const length = Array.from(value).length;
        const prefixLength = Array.from(prefix).length;
        return masked.endsWith("****") && value.startsWith(prefix) && prefixLength <= 6 && prefixLength <= length / 2;
      }),
    );
  });

  it("email: at most one character of the mailbox", () => {
    fc.assert(
      fc.property(anyText, anyText, (local, domain) => {
        const clean = domain.replaceAll("@", "");
        const masked = maskEmail(`${local}@${clean}`);
        const [shown = ""] = masked.split("***@");
        return masked.endsWith(`***@${clean}`) && Array.from(shown).length <= 1 && (shown === "" || Array.from(local).length >= 2);
      }),
    );
  });

  it("phones: a mobile shows 7 digits, a landline its area code and 2 digits", () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
      .map(([second, rest]) => `1${second}${String(rest).padStart(9, "0")}`);
    fc.assert(
      fc.property(mobile, (value) => {
        const masked = maskPhone(value);
        return masked === `${value.slice(0, 3)}****${value.slice(7)}`;
      }),
    );
    const landline = fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 2_000_000, max: 99_999_999 }))
      .map(([area, local]) => `0${area}-${local}`);
    fc.assert(
      fc.property(landline, (value) => {
        const [area = "", local = ""] = value.split("-");
        return maskPhone(value) === `${area}-${"*".repeat(local.length - 2)}${local.slice(-2)}`;
      }),
    );
    fc.assert(
      fc.property(anyText, (value) => {
        const masked = maskPhone(value);
        const digitsShown = masked.replace(/[^0-9]/g, "").length;
        return digitsShown <= 7;
      }),
    );
  });
});
