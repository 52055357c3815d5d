// Contact details for Art. 29 applications: mainland mobile and landline numbers, postcode, email.
// Every parser first folds full-width characters to ASCII (NFKC): residents using a Chinese input
// method on a phone often type "１３８…" or "＠", and rejecting that would be our fault, not theirs.

/** Field messages, worded as the county's forms word them. */
export const CONTACT_MESSAGES = {
  mobile: "请输入11位手机号码",
  phone: "请输入11位手机号码或带区号的固定电话",
  postcode: "请输入6位邮政编码",
  email: "请输入正确的电子邮箱地址，例如 name@example.com",
} as const;

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const POSTCODE = /^\d{6}$/;
// Deliberately plain: ASCII local part and domain with a letter TLD. Everything residents actually
// use (qq.com, 163.com, 126.com, government domains) fits; exotic RFC 5322 forms are not worth the risk.
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

function fold(input: string): string {
  return input.normalize("NFKC").trim();
}

/** A mobile number as 11 digits: spaces and dashes dropped, a +86 / 0086 prefix removed; else null. */
export function parseMobile(input: string): string | null {
  const digits = fold(input).replace(/[\s-]/g, "").replace(/^(?:\+86|0086)/, "");
  return MOBILE.test(digits) ? digits : null;
}

/**
 * The length of a mainland area code starting at the leading 0: 010 and 020–029 are the
 * three-digit ones (Beijing and the big regional centres); every other area code, 0746 永州 included,
 * has four digits.
 */
export function areaCodeLength(digits: string): 3 | 4 {
  return /^0(?:10|2\d)/.test(digits) ? 3 : 4;
}

/**
 * A landline as "区号-号码[-分机]" ("0746-5221234"); null if it is not one. Accepts "(0746)5221234",
 * spaces, and a missing dash (the area code is then split off by areaCodeLength).
 */
export function parseLandline(input: string): string | null {
  const compact = fold(input)
    .replace(/^\((0\d{2,3})\)/, "$1-")
    .replace(/\s+/g, "");
  if (!LANDLINE.test(compact)) return null;
  if (/^0\d{2,3}-/.test(compact)) return compact;
  const cut = areaCodeLength(compact);
  const withDash = `${compact.slice(0, cut)}-${compact.slice(cut)}`;
  // The regex allows a 3- or 4-digit area code; re-check after splitting by the real rule.
  return LANDLINE.test(withDash) ? withDash : null;
}

/** Either a mobile or a landline number, normalised; null if neither. */
export function parsePhone(input: string): { kind: "mobile" | "landline"; value: string } | null {
  const mobile = parseMobile(input);
  if (mobile !== null) return { kind: "mobile", value: mobile };
  const landline = parseLandline(input);
  return landline === null ? null : { kind: "landline", value: landline };
}

/** A 6-digit postcode (道县: 425300), or null. */
export function parsePostcode(input: string): string | null {
  const value = fold(input).replace(/\s+/g, "");
  return POSTCODE.test(value) ? value : null;
}

/** An email address with its domain lower-cased, or null. */
export function parseEmail(input: string): string | null {
  const value = fold(input);
  if (value.length > 254 || !EMAIL.test(value)) return null;
  const at = value.lastIndexOf("@");
  const local = value.slice(0, at);
  if (local.length > 64 || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  return `${local}@${value.slice(at + 1).toLowerCase()}`;
}
