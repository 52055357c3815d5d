// 居民身份证号码 (GB 11643-1999 公民身份号码): 6-digit region code, 8-digit birth date, 3-digit
// sequence (odd = male), and an ISO 7064 MOD 11-2 check character (0-9 or X). MOD 11-2 catches
// every single mistyped digit and every swap of two adjacent digits, so a typo never passes.
import { chinaToday, dayNumberFromParts } from "../calendar/dates";

/**
 * First two digits of the region code: the 31 mainland provinces, plus 71 台湾, 81 香港, 82 澳门
 * (GB/T 2260). 83 is the nationwide code on 台湾居民居住证 (their residence permits follow
 * GB 11643 and are accepted wherever a 身份证 is, including disclosure applications).
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
  "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
]);

// Weight of position i is 2^(17 - i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432"; // index = weighted sum mod 11
const EARLIEST_BIRTH = "1900-01-01";

/** Why an ID number was rejected (see ID_CARD_MESSAGES). */
export type IdCardError = "required" | "length" | "format" | "region" | "birth_date" | "checksum";

/** A valid ID number and what it says about its holder. */
export type IdCard = {
  /** Normalised: no spaces, check character X upper-case. */
  value: string;
  regionCode: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  sex: "male" | "female";
};

/** Field messages, worded as the county's forms word them. */
export const ID_CARD_MESSAGES: Record<IdCardError, string> = {
  required: "请输入居民身份证号码",
  length: "请输入18位居民身份证号码",
  format: "身份证号码应由数字组成，最后一位可以是X",
  region: "身份证号码前6位地区代码不正确，请核对",
  birth_date: "身份证号码中的出生日期不正确，请核对",
  checksum: "身份证号码校验位不正确，请核对后重新输入",
};

/** The MOD 11-2 check character for the first 17 digits. */
export function computeIdCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? "";
}

/**
 * Normalises what a resident typed: full-width digits (Chinese input methods) become ASCII,
 * spaces go, a lower-case x becomes X.
 */
export function normaliseIdCard(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/**
 * Validates a 居民身份证号码. `today` ("YYYY-MM-DD", default: today in China) bounds the birth
 * date, which must also be on or after 1900-01-01.
 */
export function parseIdCard(
  input: string,
  today: string = chinaToday(),
): { ok: true; value: IdCard } | { ok: false; error: IdCardError } {
  const value = normaliseIdCard(input);
  if (value === "") return { ok: false, error: "required" };
  if (value.length !== 18) return { ok: false, error: "length" };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, error: "format" };
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return { ok: false, error: "region" };

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const real = dayNumberFromParts(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
  // ISO dates compare correctly as strings.
  if (real === null || birthDate < EARLIEST_BIRTH || birthDate > today) return { ok: false, error: "birth_date" };

  if (computeIdCardCheckChar(value) !== value[17]) return { ok: false, error: "checksum" };
  const sequenceLast = Number(value[16]);
  return {
    ok: true,
    value: { value, regionCode: value.slice(0, 6), birthDate, sex: sequenceLast % 2 === 1 ? "male" : "female" },
  };
}
