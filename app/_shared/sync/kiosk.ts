// Kiosk identity contract (v1): enrollment and heartbeat bodies, answers and error codes. Shared so
// the kiosk's enrollment screen and sync loop validate with the same schemas the server uses.
import { z } from "zod";

/**
 * Enrollment codes are read off a printout and typed on a touch screen: 8 characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), shown as ABCD-EFGH. 31^8 ≈ 8.5 × 10^11 codes,
 * each valid for 7 days and once.
 */
export const ENROLLMENT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const ENROLLMENT_CODE_LENGTH = 8;
export const ENROLLMENT_CODE_TTL_DAYS = 7;

/** Accepts what people type: lower case, spaces, hyphens. Returns the 8 canonical characters. */
export function normalizeEnrollmentCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, "");
}

export function isEnrollmentCodeShape(code: string): boolean {
  return code.length === ENROLLMENT_CODE_LENGTH && [...code].every((c) => ENROLLMENT_CODE_ALPHABET.includes(c));
}

/** ABCDEFGH → ABCD-EFGH, for printouts and the CLI. */
export function formatEnrollmentCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const enrollRequestSchema = z.object({ code: z.string().max(64) });

export const enrolledKioskSchema = z.object({
  id: z.string(),
  siteCode: z.string().regex(/^\d{9}$/),
  siteName: z.string(),
  label: z.string(),
});
export type EnrolledKiosk = z.infer<typeof enrolledKioskSchema>;

/** 200 answer of `POST /api/kiosk/enroll`. The token is shown once; the server keeps its hash only. */
export const enrollResponseSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  kiosk: enrolledKioskSchema,
});

/** Body of `POST /api/kiosk/heartbeat`. */
export const heartbeatSchema = z.object({
  appVersion: z.string().trim().min(1).max(40),
  contentRevision: z.number().int().nonnegative(),
  outboxDepth: z.number().int().nonnegative().max(1_000_000),
  /** When the oldest undelivered submission was made; null with an empty outbox. */
  outboxOldestAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /**
   * The kiosk's last sync or delivery error, for the county office's overview. Never personal
   * data; long texts are cut rather than refused, so a heartbeat is not lost over a stack trace.
   */
  lastError: z
    .string()
    .max(10_000)
    .transform((s) => s.slice(0, 500))
    .nullable()
    .default(null),
});
export type HeartbeatInput = z.input<typeof heartbeatSchema>;
export type Heartbeat = z.output<typeof heartbeatSchema>;

/** Error codes of the kiosk endpoints, with the message shown to staff setting up a terminal. */
export const KIOSK_ERROR_MESSAGES = {
  bad_request: "请求格式不正确，请升级一体机程序后重试。",
  code_invalid: "注册码无效，请核对后重新输入。",
  code_used: "该注册码已被使用，请联系县政务公开办重新生成。",
  code_expired: "注册码已过期（有效期 7 天），请联系县政务公开办重新生成。",
  code_revoked: "该终端已被停用，注册码作废，请联系县政务公开办重新生成。",
  token_invalid: "终端未注册或凭证无效，请重新注册本机。",
  token_revoked: "本终端已被停用，请联系县政务公开办。",
} as const;
export type KioskErrorCode = keyof typeof KIOSK_ERROR_MESSAGES;
export type EnrollErrorCode = Extract<KioskErrorCode, `code_${string}`>;
export type TokenErrorCode = Extract<KioskErrorCode, `token_${string}`>;

export const kioskErrorSchema = z.object({
  error: z.enum(Object.keys(KIOSK_ERROR_MESSAGES) as [KioskErrorCode, ...KioskErrorCode[]]),
  message: z.string(),
});
