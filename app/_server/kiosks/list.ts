// The county office's overview of its terminals. Plain server module (see secrets.ts).
import type { Db } from "../../../prisma/db";

/** pending: code issued, not yet enrolled · active: enrolled · revoked: stopped for good. */
export type KioskStatus = "pending" | "active" | "revoked";

export const KIOSK_STATUS_LABELS: Record<KioskStatus, string> = { pending: "待注册", active: "在用", revoked: "已停用" };

/** One kiosk as the overview shows it; never the code or token hashes. */
export interface KioskOverview {
  id: string;
  siteCode: string;
  siteName: string;
  label: string;
  status: KioskStatus;
  /** Pending only: the enrollment code can no longer be used. */
  isCodeExpired: boolean;
  createdAt: Date;
  enrolledAt: Date | null;
  revokedAt: Date | null;
  lastHeartbeatAt: Date | null;
  appVersion: string | null;
  contentRevision: number | null;
  outboxDepth: number | null;
  outboxOldestAt: Date | null;
  lastError: string | null;
}

export function kioskStatus(k: { enrolledAt: Date | null; revokedAt: Date | null }): KioskStatus {
  if (k.revokedAt) return "revoked";
  return k.enrolledAt ? "active" : "pending";
}

/** All kiosks, by site then label. */
export async function listKiosks(db: Db, now = new Date()): Promise<KioskOverview[]> {
  const rows = await db.kiosk.findMany({
    orderBy: [{ siteCode: "asc" }, { label: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      siteCode: true,
      label: true,
      enrollmentExpiresAt: true,
      createdAt: true,
      enrolledAt: true,
      revokedAt: true,
      lastHeartbeatAt: true,
      appVersion: true,
      contentRevision: true,
      outboxDepth: true,
      outboxOldestAt: true,
      lastError: true,
      site: { select: { name: true } },
    },
  });
  return rows.map(({ site, enrollmentExpiresAt, ...k }) => {
    const status = kioskStatus(k);
    return { ...k, siteName: site.name, status, isCodeExpired: status === "pending" && enrollmentExpiresAt.getTime() <= now.getTime() };
  });
}
