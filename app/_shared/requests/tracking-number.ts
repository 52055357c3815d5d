// Tracking numbers (查询编号) for requests and enquiries, created on the kiosk so a receipt can be
// printed offline: "DX-7K3M-Q9TP-R2XW5".
//
// - 12 random characters from the Crockford base-32 alphabet = 60 bits from crypto.getRandomValues:
//   unique without asking the server (10 million numbers collide with probability ≈ 4·10⁻⁵) and
//   not guessable from one another (nothing sequential, no kiosk or time component).
// - One check character (13th) over GF(32): every single mistyped character and every swap of two
//   characters is detected before any lookup (see checkValue).
// - The alphabet has no I, L, O, U; on input O is read as 0 and I/L as 1, case and separators are
//   ignored, so what a resident reads out over the phone parses back to the same number.
import { z } from "zod";

/** Crockford base-32 alphabet: digits and upper-case letters without I, L, O, U. */
export const TRACKING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Prefix for 道县; printed and accepted, but optional when typed. */
export const TRACKING_PREFIX = "DX";

const RANDOM_LENGTH = 12;
const CODE_LENGTH = RANDOM_LENGTH + 1;

// GF(2^5) with the primitive polynomial x^5 + x^2 + 1, as exp/log tables of the generator α.
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 31; i += 1) {
  EXP.push(x);
  LOG[x] = i;
  x <<= 1;
  if (x & 0x20) x ^= 0x25;
}

// a · α^power in GF(32).
function gfMul(a: number, power: number): number {
  if (a === 0) return 0;
  return EXP[((LOG[a] ?? 0) + power) % 31] ?? 0;
}

// Check value of the data characters: XOR over i of α^(i+1) · v_i. Every position has a different
// non-zero weight, so changing one character, or swapping two different ones, always changes it.
function checkValue(values: readonly number[]): number {
  let sum = 0;
  values.forEach((value, i) => {
    sum ^= gfMul(value, i + 1);
  });
  return sum;
}

function format(code: string): string {
  return `${TRACKING_PREFIX}-${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A random source filling a byte array; `crypto.getRandomValues` unless a test passes its own. */
export type RandomBytes = (bytes: Uint8Array) => Uint8Array;

const cryptoRandom: RandomBytes = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A new tracking number, e.g. "DX-7K3M-Q9TP-R2XW5". */
export function generateTrackingNumber(random: RandomBytes = cryptoRandom): string {
  // 256 is a multiple of 32, so taking 5 bits of each byte keeps every character equally likely.
  const values = Array.from(random(new Uint8Array(RANDOM_LENGTH)), (byte) => byte & 31);
  const check = checkValue(values);
  return format([...values, check].map((v) => TRACKING_ALPHABET[v]).join(""));
}

// What people type or say instead of the canonical character.
const CONFUSIONS: Readonly<Record<string, string>> = { O: "0", I: "1", L: "1" };

/**
 * The canonical form of a typed or read-out tracking number, or null when it is not one (wrong
 * length, a character outside the alphabet, or a check-character mismatch, i.e. a typo).
 * Tolerates: lower case, full-width characters, spaces and dashes anywhere, a missing "DX-"
 * prefix, and O/I/L for 0/1.
 */
export function parseTrackingNumber(input: string): string | null {
  let compact = input.normalize("NFKC").toUpperCase().replace(/[\s\-_.·—–]/g, "");
  if (compact.length === CODE_LENGTH + TRACKING_PREFIX.length && compact.startsWith(TRACKING_PREFIX)) {
    compact = compact.slice(TRACKING_PREFIX.length);
  }
  if (compact.length !== CODE_LENGTH) return null;
  const values: number[] = [];
  for (const char of compact) {
    const value = TRACKING_ALPHABET.indexOf(CONFUSIONS[char] ?? char);
    if (value < 0) return null;
    values.push(value);
  }
  const check = values.pop();
  if (check !== checkValue(values)) return null;
  return format(values.map((v) => TRACKING_ALPHABET[v]).join("") + TRACKING_ALPHABET[check]);
}

/** Tracking number field → canonical "DX-XXXX-XXXX-XXXXX". */
export const trackingNumberSchema = z.string({ error: "请输入查询编号" }).transform((value, ctx) => {
  const parsed = parseTrackingNumber(value);
  if (parsed !== null) return parsed;
  ctx.addIssue({ code: "custom", message: value.trim() === "" ? "请输入查询编号" : "查询编号不正确，请核对回执上的编号" });
  return z.NEVER;
});

/** True when `input` parses to a valid tracking number. */
export function isTrackingNumber(input: string): boolean {
  return parseTrackingNumber(input) !== null;
}
