// 统一社会信用代码 (GB 32100-2015): 登记管理部门代码 (1) + 机构类别代码 (1) + 登记管理机关行政区划码
// (6 digits) + 主体标识码 (9, the old 组织机构代码) + a MOD 31 check character. The alphabet has
// 31 characters (no I, O, Z, S, V) and 31 is prime, so any single mistyped character is detected.
//
// The inner GB 11714 check digit of the 主体标识码 is deliberately not verified: the outer MOD 31
// character already catches every single typo, and a second check could only reject genuine codes.

/** The 31 characters a 统一社会信用代码 may contain, in code-value order. */
export const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// Weight of position i is 3^i mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * 登记管理部门代码 → its 机构类别代码 (GB 32100-2015 and later additions): 1 机构编制, 2 外交,
 * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室,
 * N 农业农村, Y 其他 (one class only).
 */
export const CREDIT_CODE_CATEGORIES: Readonly<Record<string, string>> = {
  "1": "1239",
  "2": "19",
  "3": "123459",
  "4": "19",
  "5": "1239",
  "6": "129",
  "7": "129",
  "8": "19",
  "9": "123",
  A: "19",
  N: "1239",
  Y: "1",
};

/** Why a credit code was rejected (see CREDIT_CODE_MESSAGES). */
export type CreditCodeError = "required" | "length" | "format" | "category" | "checksum";

/** Field messages, worded as the county's forms word them. */
export const CREDIT_CODE_MESSAGES: Record<CreditCodeError, string> = {
  required: "请输入统一社会信用代码",
  length: "请输入18位统一社会信用代码",
  format: "统一社会信用代码由数字和大写字母组成（不含I、O、Z、S、V），请核对",
  category: "统一社会信用代码前两位（登记管理部门和机构类别）不正确，请核对",
  checksum: "统一社会信用代码校验不通过，请核对",
};

const FORMAT = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The MOD 31 check character for the first 17 characters (which must be from CREDIT_CODE_CHARS). */
export function computeCreditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CREDIT_CODE_CHARS.indexOf(first17[i] ?? "") * (WEIGHTS[i] ?? 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] ?? "";
}

/** Full-width characters become ASCII, spaces go, letters become upper-case. */
export function normaliseCreditCode(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** Validates a 统一社会信用代码 and returns it normalised. */
export function parseCreditCode(input: string): { ok: true; value: string } | { ok: false; error: CreditCodeError } {
  const value = normaliseCreditCode(input);
  if (value === "") return { ok: false, error: "required" };
  if (value.length !== 18) return { ok: false, error: "length" };
  if (!FORMAT.test(value)) return { ok: false, error: "format" };
  const categories = CREDIT_CODE_CATEGORIES[value[0] ?? ""];
  if (categories === undefined || !categories.includes(value[1] ?? "")) return { ok: false, error: "category" };
  if (computeCreditCodeCheckChar(value) !== value[17]) return { ok: false, error: "checksum" };
  return { ok: true, value };
}
