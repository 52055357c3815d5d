// The zod schemas as forms and handlers use them: normalised output, one plain Chinese message.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  creditCodeSchema,
  emailSchema,
  idCardSchema,
  mobileSchema,
  phoneSchema,
  postcodeSchema,
  safeTextSchema,
} from "@/app/_shared/validation/identity";

function messageOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("identity and contact schemas", () => {
  it("idCardSchema normalises and explains", () => {
    expect(idCardSchema.parse("11010519491231002x")).toBe("11010519491231002X");
    expect(messageOf(idCardSchema, "")).toBe("请输入居民身份证号码");
    expect(messageOf(idCardSchema, "4311241990")).toBe("请输入18位居民身份证号码");
    expect(messageOf(idCardSchema, "431124199001011230")).toBe("身份证号码校验位不正确，请核对后重新输入");
    expect(messageOf(idCardSchema, "431124199013011230")).toBe("身份证号码中的出生日期不正确，请核对");
    expect(messageOf(idCardSchema, 431124199001011237)).toBe("请输入居民身份证号码"); // not a string
  });

  it("creditCodeSchema normalises and explains", () => {
    expect(creditCodeSchema.parse("91350200776049653a")).toBe("91350200776049653A");
    expect(messageOf(creditCodeSchema, "91350200776049653B")).toBe("统一社会信用代码校验不通过，请核对");
    expect(messageOf(creditCodeSchema, "9135")).toBe("请输入18位统一社会信用代码");
  });

  it("phone schemas", () => {
    expect(mobileSchema.parse("138 0013 8000")).toBe("13800138000");
    expect(messageOf(mobileSchema, "0746-5221234")).toBe("请输入11位手机号码");
    expect(phoneSchema.parse("07465221234")).toBe("0746-5221234");
    expect(messageOf(phoneSchema, "5221234")).toBe("请输入11位手机号码或带区号的固定电话");
    expect(messageOf(phoneSchema, " ")).toBe("请输入联系电话");
  });

  it("postcode and email schemas", () => {
    expect(postcodeSchema.parse("425300")).toBe("425300");
    expect(messageOf(postcodeSchema, "4253")).toBe("请输入6位邮政编码");
    expect(emailSchema.parse("Zhang@QQ.COM")).toBe("Zhang@qq.com");
    expect(messageOf(emailSchema, "zhang@")).toBe("请输入正确的电子邮箱地址，例如 name@example.com");
  });
});

describe("safeTextSchema", () => {
  const name = safeTextSchema(20, { label: "姓名" });
  const description = safeTextSchema(500, { multiline: true, label: "所需信息的描述" });

  it("trims and accepts ordinary Chinese text, rare characters included", () => {
    expect(name.parse("  张三  ")).toBe("张三");
    expect(name.parse("𠇔明")).toBe("𠇔明"); // 扩展B character, one character long
    expect(name.parse("阿卜杜拉·艾力")).toBe("阿卜杜拉·艾力");
  });

  it("keeps line breaks in multi-line fields and stores them as \\n", () => {
    expect(description.parse("2024年\r\n低保名单\r第二行")).toBe("2024年\n低保名单\n第二行");
  });

  it("refuses control, bidi-override and invisible characters", () => {
    const message = "内容含有无法识别的字符，请删除后重试";
    for (const bad of ["张\u0000三", "张\u0007三", "张\u0085三", "张\u202E三", "张\u2067三", "张\u200B三", "张\n三", "张\t三", "张\uD800三"]) {
      expect(messageOf(name, bad), JSON.stringify(bad)).toBe(message);
    }
    expect(messageOf(description, "第一行\u0000")).toBe(message);
  });

  it("counts length in characters and names the field", () => {
    expect(name.parse("字".repeat(20))).toHaveLength(20);
    expect(messageOf(name, "字".repeat(21))).toBe("姓名不能超过20个字");
    expect(name.parse("𠇔".repeat(20))).toHaveLength(40); // 20 characters, 40 UTF-16 units
    expect(messageOf(safeTextSchema(5), "字".repeat(6))).toBe("内容不能超过5个字");
  });

  it("required by default; optional fields accept an empty value", () => {
    expect(messageOf(name, "   ")).toBe("请填写姓名");
    expect(messageOf(safeTextSchema(10), "")).toBe("请填写此项");
    expect(safeTextSchema(10, { optional: true }).parse("  ")).toBe("");
  });
});
