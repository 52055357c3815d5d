// Creating a kiosk (county office) and enrolling it (the terminal, once). Plain server module: the
// CLI and Playwright import it too (see secrets.ts for why there is no `server-only`).
import { z } from "zod";
import type { Db } from "../../../prisma/db";
import { ZH } from "../../_shared/sync/zh-errors";
import {
  ENROLLMENT_CODE_TTL_DAYS,
  KIOSK_ERROR_MESSAGES,
  formatEnrollmentCode,
  isEnrollmentCodeShape,
  normalizeEnrollmentCode,
  type EnrollErrorCode,
  type EnrolledKiosk,
} from "../../_shared/sync/kiosk";
import { generateDeviceToken, generateEnrollmentCode, generateKioskId, hashSecret } from "./secrets";

const DAY_MS = 24 * 60 * 60 * 1000;

export const createKioskSchema = z.object({
  siteCode: z.string().regex(/^\d{9}$/, "站点编码应为 9 位数字（统计用区划代码），如 431124101。"),
  label: z.string().trim().min(1).max(60, "终端名称不超过 60 个字。").optional(),
  actor: z.string().trim().min(1).default("county-office"),
});

export type CreateKioskResult =
  | { ok: true; kiosk: EnrolledKiosk; code: string; expiresAt: Date }
  | { ok: false; error: "invalid_input" | "site_unknown"; message: string };

/** Registers a terminal at a site and returns its one-time enrollment code (shown once, stored hashed). */
export async function createKiosk(db: Db, input: z.input<typeof createKioskSchema>, now = new Date()): Promise<CreateKioskResult> {
  const parsed = createKioskSchema.safeParse(input, ZH);
  if (!parsed.success) return { ok: false, error: "invalid_input", message: parsed.error.issues.map((i) => i.message.replace(/。$/, "")).join("；") };
  const { siteCode, actor } = parsed.data;
  const site = await db.site.findUnique({ where: { code: siteCode }, select: { name: true, kind: true } });
  if (!site) return { ok: false, error: "site_unknown", message: `站点编码 ${siteCode} 不存在，请核对后重试。` };

  const label = parsed.data.label ?? `${site.kind === "县级" ? site.name : `${site.name}便民服务中心`}一体机`;
  const code = generateEnrollmentCode();
  const expiresAt = new Date(now.getTime() + ENROLLMENT_CODE_TTL_DAYS * DAY_MS);
  const kiosk = await db.$transaction(async (tx) => {
    const row = await tx.kiosk.create({
      data: { id: generateKioskId(), siteCode, label, enrollmentCodeHash: hashSecret(code), enrollmentExpiresAt: expiresAt, createdAt: now },
      select: { id: true, siteCode: true, label: true },
    });
    await tx.auditLog.create({ data: { actor, action: "kiosk.create", entityType: "kiosk", entityId: row.id, detail: `${site.name}：${label}` } });
    return row;
  });
  return { ok: true, kiosk: { ...kiosk, siteName: site.name }, code: formatEnrollmentCode(code), expiresAt };
}

export type EnrollResult =
  | { ok: true; token: string; kiosk: EnrolledKiosk }
  | { ok: false; error: EnrollErrorCode; message: string };

const refuse = (error: EnrollErrorCode): EnrollResult => ({ ok: false, error, message: KIOSK_ERROR_MESSAGES[error] });

/** Exchanges a one-time code for the device token. A wrong, used, expired or revoked code is refused. */
export async function enrollKiosk(db: Db, rawCode: string, now = new Date()): Promise<EnrollResult> {
  const code = normalizeEnrollmentCode(rawCode);
  if (!isEnrollmentCodeShape(code)) return refuse("code_invalid");
  const kiosk = await db.kiosk.findUnique({
    where: { enrollmentCodeHash: hashSecret(code) },
    select: { id: true, siteCode: true, label: true, enrollmentExpiresAt: true, enrolledAt: true, revokedAt: true, site: { select: { name: true } } },
  });
  if (!kiosk) return refuse("code_invalid");
  if (kiosk.revokedAt) return refuse("code_revoked");
  if (kiosk.enrolledAt) return refuse("code_used");
  if (kiosk.enrollmentExpiresAt.getTime() <= now.getTime()) return refuse("code_expired");

  const token = generateDeviceToken();
  const claimed = await db.$transaction(async (tx) => {
    // Conditional update: of two terminals racing with one code, exactly one wins.
    const { count } = await tx.kiosk.updateMany({
      where: { id: kiosk.id, enrolledAt: null, revokedAt: null },
      data: { enrolledAt: now, tokenHash: hashSecret(token) },
    });
    if (count === 1) {
      await tx.auditLog.create({ data: { actor: `kiosk:${kiosk.id}`, action: "kiosk.enroll", entityType: "kiosk", entityId: kiosk.id } });
    }
    return count === 1;
  });
  if (!claimed) return refuse("code_used");
  return { ok: true, token, kiosk: { id: kiosk.id, siteCode: kiosk.siteCode, siteName: kiosk.site.name, label: kiosk.label } };
}
