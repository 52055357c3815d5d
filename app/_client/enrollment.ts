// Enrolling this terminal: the one-time code from the county office is exchanged for the device
// token, which is kept in IndexedDB with the kiosk's site; the `kiosk_site` cookie tells the server
// which township centre's place and hours to show on guide pages.
import {
  KIOSK_ERROR_MESSAGES,
  enrollResponseSchema,
  isEnrollmentCodeShape,
  kioskErrorSchema,
  normalizeEnrollmentCode,
  type EnrolledKiosk,
} from "@/app/_shared/sync/kiosk";
import type { KioskDb } from "./db";

export type EnrollOutcome = { ok: true; kiosk: EnrolledKiosk } | { ok: false; message: string };

/** Same name as the server's KIOSK_SITE_COOKIE (app/_server/kiosk/site.ts). */
export const KIOSK_SITE_COOKIE = "kiosk_site";
const TEN_YEARS_SECONDS = 10 * 365 * 24 * 60 * 60;

export const ENROLL_MESSAGES = {
  empty: "请输入注册码。注册码共 8 位，由字母和数字组成，如 ABCD-EFGH。",
  offline: "无法连接服务器，请检查本机网络后重试。",
  unexpected: "服务器答复异常，请稍后重试；仍不成功请联系县政务公开办。",
} as const;

/** Checks the typed code before asking the server; null when its shape is right. */
export function checkEnrollmentCode(raw: string): string | null {
  const code = normalizeEnrollmentCode(raw);
  if (code === "") return ENROLL_MESSAGES.empty;
  return isEnrollmentCodeShape(code) ? null : KIOSK_ERROR_MESSAGES.code_invalid;
}

export function setKioskSiteCookie(siteCode: string): void {
  document.cookie = `${KIOSK_SITE_COOKIE}=${siteCode}; path=/; max-age=${TEN_YEARS_SECONDS}; samesite=lax`;
}

/** The kiosk's site from its cookie (guide pages offline resolve the township's place with it). */
export function readKioskSiteCookie(): string | null {
  const match = new RegExp(`(?:^|;\\s*)${KIOSK_SITE_COOKIE}=(\\d{9})(?:;|$)`).exec(document.cookie);
  return match?.[1] ?? null;
}

export async function enrollThisKiosk(db: KioskDb, rawCode: string, fetchFn: typeof fetch = fetch): Promise<EnrollOutcome> {
  const invalid = checkEnrollmentCode(rawCode);
  if (invalid) return { ok: false, message: invalid };
  let res: Response;
  try {
    res = await fetchFn("/api/kiosk/enroll", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code: normalizeEnrollmentCode(rawCode) }),
    });
  } catch (err) {
    console.error("kiosk enrollment: server unreachable", err);
    return { ok: false, message: ENROLL_MESSAGES.offline };
  }
  const body: unknown = await res.json().catch((err: unknown) => {
    console.error("kiosk enrollment: answer is not JSON", err);
    return null;
  });
  if (!res.ok) {
    const error = kioskErrorSchema.safeParse(body);
    return { ok: false, message: error.success ? error.data.message : ENROLL_MESSAGES.unexpected };
  }
  const parsed = enrollResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: ENROLL_MESSAGES.unexpected };
  const { token, kiosk } = parsed.data;
  await db.put("identity", { token, kiosk, status: "active", enrolledAt: new Date().toISOString(), lastHeartbeatAt: null }, "kiosk");
  setKioskSiteCookie(kiosk.siteCode);
  return { ok: true, kiosk };
}
