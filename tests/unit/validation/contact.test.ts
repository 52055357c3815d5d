import { describe, expect, it } from "vitest";
import {
  areaCodeLength,
  parseEmail,
  parseLandline,
  parseMobile,
  parsePhone,
  parsePostcode,
} from "@/app/_shared/validation/contact";

describe("mobile numbers", () => {
  it("accepts 1[3-9] + 9 digits and strips spaces, dashes and +86", () => {
    expect(parseMobile("13800138000")).toBe("13800138000");
    expect(parseMobile("138 0013 8000")).toBe("13800138000");
    expect(parseMobile("138-0013-8000")).toBe("13800138000");
    expect(parseMobile("+86 199 0746 1234")).toBe("19907461234");
    expect(parseMobile("１３８００１３８０００")).toBe("13800138000");
  });

  it("rejects other shapes", () => {
    for (const bad of ["12800138000", "1380013800", "138001380001", "13800l38000", "", "+8713800138000"]) {
      expect(parseMobile(bad), bad).toBeNull();
    }
  });
});

describe("landline numbers", () => {
  it("normalises to 区号-号码[-分机]", () => {
    expect(parseLandline("0746-5221234")).toBe("0746-5221234");
    expect(parseLandline("07465221234")).toBe("0746-5221234");
    expect(parseLandline("(0746)5221234")).toBe("0746-5221234");
    expect(parseLandline("（0746）522 1234")).toBe("0746-5221234");
    expect(parseLandline("01012345678")).toBe("010-12345678");
    expect(parseLandline("020-87654321-801")).toBe("020-87654321-801");
    expect(parseLandline("07465221234-8")).toBe("0746-5221234-8");
  });

  it("rejects numbers without an area code or with the wrong length", () => {
    for (const bad of ["5221234", "0746-522123", "0746-522123456", "746-5221234", "0746-5221234-1234567"]) {
      expect(parseLandline(bad), bad).toBeNull();
    }
  });

  it("knows which area codes have three digits", () => {
    expect(areaCodeLength("010")).toBe(3);
    expect(areaCodeLength("0731")).toBe(4);
    expect(areaCodeLength("027")).toBe(3);
    expect(areaCodeLength("0746")).toBe(4);
  });

  it("parsePhone accepts either kind", () => {
    expect(parsePhone("13800138000")).toEqual({ kind: "mobile", value: "13800138000" });
    expect(parsePhone("0746-5221234")).toEqual({ kind: "landline", value: "0746-5221234" });
    expect(parsePhone("5221234")).toBeNull();
  });
});

describe("postcodes and email", () => {
  it("postcodes are 6 digits", () => {
    expect(parsePostcode("425300")).toBe("425300");
    expect(parsePostcode(" ４２５３００ ")).toBe("425300");
    for (const bad of ["42530", "4253000", "42530a", ""]) expect(parsePostcode(bad), bad).toBeNull();
  });

  it("accepts ordinary addresses and lower-cases the domain", () => {
    expect(parseEmail("zhang.san@QQ.com")).toBe("zhang.san@qq.com");
    expect(parseEmail("li_si+kiosk@mail.daoxian.gov.cn")).toBe("li_si+kiosk@mail.daoxian.gov.cn");
    expect(parseEmail("wang＠163.com")).toBe("wang@163.com"); // full-width @ from an input method
  });

  it("rejects malformed addresses", () => {
    const bad = ["zhang", "zhang@", "@qq.com", "zhang@qq", "zh ang@qq.com", ".zhang@qq.com", "zh..ang@qq.com", "zhang@-qq.com", "张三@qq.com", `${"a".repeat(65)}@qq.com`];
    for (const value of bad) expect(parseEmail(value), value).toBeNull();
  });
});
