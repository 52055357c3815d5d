// zod schemas for the identity and contact fields of 依申请公开 applications and enquiries (条例
// Art. 29: name, proof of identity, contact details). One schema per field, shared by the kiosk
// form, the sync handler, the seeds and the tests. Each schema outputs the NORMALISED value
// (ASCII digits, upper-case X, "0746-5221234"), so what is stored does not depend on how it was typed.
import { z } from "zod";
import { CREDIT_CODE_MESSAGES, parseCreditCode } from "./credit-code";
import { CONTACT_MESSAGES, parseEmail, parseMobile, parsePhone, parsePostcode } from "./contact";
import { ID_CARD_MESSAGES, parseIdCard } from "./id-card";
import { characterLength, findUnsafeChar, normaliseNewlines } from "./safe-text";

export { computeCreditCodeCheckChar, CREDIT_CODE_CHARS, CREDIT_CODE_MESSAGES, parseCreditCode } from "./credit-code";
export type { CreditCodeError } from "./credit-code";
export { areaCodeLength, CONTACT_MESSAGES, parseEmail, parseLandline, parseMobile, parsePhone, parsePostcode } from "./contact";
export { computeIdCardCheckChar, ID_CARD_MESSAGES, parseIdCard, PROVINCE_CODES } from "./id-card";
export type { IdCard, IdCardError } from "./id-card";
export { characterLength, findUnsafeChar, normaliseNewlines } from "./safe-text";

/** Message for text containing characters we refuse to store (see safe-text.ts). */
export const UNSAFE_TEXT_MESSAGE = "内容含有无法识别的字符，请删除后重试";

// Non-string input (a tampered or broken payload) gets the same plain message as an empty field.
const input = (message: string) => z.string({ error: message });

// A schema that normalises with `parse`; null means invalid (or empty, which gets `required`).
function parsed(required: string, parse: (value: string) => string | null, invalid: string) {
  return input(required).transform((value, ctx) => {
    const result = parse(value);
    if (result === null) {
      ctx.addIssue({ code: "custom", message: value.trim() === "" ? required : invalid });
      return z.NEVER;
    }
    return result;
  });
}

/** 居民身份证号码 → normalised 18-character string. Birth-date bound: today in China. */
export const idCardSchema = input(ID_CARD_MESSAGES.required).transform((value, ctx) => {
  const result = parseIdCard(value);
  if (result.ok) return result.value.value;
  ctx.addIssue({ code: "custom", message: ID_CARD_MESSAGES[result.error] });
  return z.NEVER;
});

/** 统一社会信用代码 → normalised 18-character string. */
export const creditCodeSchema = input(CREDIT_CODE_MESSAGES.required).transform((value, ctx) => {
  const result = parseCreditCode(value);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: CREDIT_CODE_MESSAGES[result.error] });
  return z.NEVER;
});

/** Mainland mobile number → 11 digits. */
export const mobileSchema = parsed("请输入手机号码", parseMobile, CONTACT_MESSAGES.mobile);

/** Mobile or landline → "13800138000" or "0746-5221234". */
export const phoneSchema = parsed("请输入联系电话", (value) => parsePhone(value)?.value ?? null, CONTACT_MESSAGES.phone);

/** 6-digit postcode. */
export const postcodeSchema = parsed("请输入邮政编码", parsePostcode, CONTACT_MESSAGES.postcode);

/** Email address, domain lower-cased. */
export const emailSchema = parsed("请输入电子邮箱地址", parseEmail, CONTACT_MESSAGES.email);

/** Options of safeTextSchema. */
export type SafeTextSchemaOptions = {
  /** Allow line breaks (textareas); "\r\n" is stored as "\n". */
  multiline?: boolean;
  /** Field name for messages ("请填写姓名"); without it the messages are generic. */
  label?: string;
  /** Accept an empty value (returned as ""). Default: the field is required. */
  optional?: boolean;
};

/**
 * Free text: trimmed, at most `max` characters (counted as people count them), free of control,
 * bidi-override and invisible characters.
 */
export function safeTextSchema(max: number, options: SafeTextSchemaOptions = {}) {
  const { multiline = false, label, optional = false } = options;
  const required = label ? `请填写${label}` : "请填写此项";
  return input(required).transform((raw, ctx) => {
    const value = (multiline ? normaliseNewlines(raw) : raw).trim();
    if (value === "") {
      if (optional) return value;
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    if (findUnsafeChar(value, { multiline }) !== -1) {
      ctx.addIssue({ code: "custom", message: UNSAFE_TEXT_MESSAGE });
      return z.NEVER;
    }
    if (characterLength(value) > max) {
      ctx.addIssue({ code: "custom", message: `${label ?? "内容"}不能超过${max}个字` });
      return z.NEVER;
    }
    return value;
  });
}
