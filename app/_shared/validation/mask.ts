// Masking of personal data for lists, receipts and published name lists (公示名单). Every function
// is total: odd input (wrong length, stray characters, broken text) is masked MORE, never less,
// and nothing throws, so a bad record can never make a list page leak or crash.
// Characters are counted as code points, so a rare name character outside the BMP (扩展B) is one
// character and is never split into half-surrogates.
import { parseLandline, parseMobile } from "./contact";

const STAR = "*";

function stars(count: number): string {
  return STAR.repeat(Math.max(0, count));
}

// Keeps `head` and `tail` characters and stars the rest, preserving length. Values shorter than
// `minLength` are not in the expected format, so they are starred completely.
function maskMiddle(value: string, head: number, tail: number, minLength: number): string {
  const chars = Array.from(value);
  if (chars.length < minLength) return stars(chars.length);
  return chars.slice(0, head).join("") + stars(chars.length - head - tail) + chars.slice(chars.length - tail).join("");
}

/** 居民身份证号码: first 3 + stars + last 4, length preserved ("431***********1234"). */
export function maskIdCard(value: string): string {
  // 15 covers first-generation 15-digit numbers still found in old records.
  return maskMiddle(value, 3, 4, 15);
}

/** 统一社会信用代码: first 3 + stars + last 4, length preserved. */
export function maskCreditCode(value: string): string {
  return maskMiddle(value, 3, 4, 15);
}

/**
 * Phone numbers: a mobile shows first 3 and last 4 ("138****1234"); a landline keeps its area code
 * and the last 2 digits ("0746-*****34"), an extension is starred. Anything else is starred fully.
 */
export function maskPhone(value: string): string {
  const mobile = parseMobile(value);
  if (mobile !== null) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  const landline = parseLandline(value);
  if (landline === null) return stars(Array.from(value).length);
  const [area = "", local = "", extension] = landline.split("-");
  const masked = `${area}-${stars(local.length - 2)}${local.slice(-2)}`;
  return extension === undefined ? masked : `${masked}-${stars(extension.length)}`;
}

/** Person's name: "张*明", "欧**娜", two characters "李*", one character "*". */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return stars(chars.length);
  if (chars.length === 2) return `${chars[0]}${STAR}`;
  return `${chars[0]}${stars(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * Address: the first 6 characters (usually province/county/township) then "****". A short address
 * shows at most half of itself, so "道县梅花镇" never appears in full.
 */
export function maskAddress(value: string): string {
  const chars = Array.from(value);
  if (chars.length === 0) return "";
  const keep = Math.min(6, Math.floor(chars.length / 2));
  return `${chars.slice(0, keep).join("")}****`;
}

/** Email: first character of the mailbox + "***" + the domain ("z***@example.com"). */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf("@");
  if (at < 0) return stars(Array.from(value).length);
  const local = Array.from(value.slice(0, at));
  // A one-character mailbox would be shown whole, so it is starred too.
  const shown = local.length >= 2 ? local[0] : "";
  return `${shown}***@${value.slice(at + 1)}`;
}
