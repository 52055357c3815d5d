// A kiosk's device token after enrollment: checking it, revoking it, and the heartbeat it sends.
// Plain server module (see secrets.ts for why there is no `server-only`).
import type { Db } from "../../../prisma/db";
import { KIOSK_ERROR_MESSAGES, type Heartbeat, type TokenErrorCode } from "../../_shared/sync/kiosk";
import { hashSecret } from "./secrets";

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The kiosk a request comes from, as route handlers see it. */
export interface AuthenticatedKiosk {
  id: string;
  siteCode: string;
  label: string;
}

export type AuthResult = { ok: true; kiosk: AuthenticatedKiosk } | { ok: false; error: TokenErrorCode; message: string };

const refuse = (error: TokenErrorCode): AuthResult => ({ ok: false, error, message: KIOSK_ERROR_MESSAGES[error] });

/** Looks a device token up by its hash. Unknown → token_invalid; revoked kiosk → token_revoked. */
export async function authenticateKiosk(db: Db, token: string | null | undefined): Promise<AuthResult> {
  if (!token || !TOKEN_SHAPE.test(token)) return refuse("token_invalid");
  const kiosk = await db.kiosk.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, siteCode: true, label: true, revokedAt: true },
  });
  if (!kiosk) return refuse("token_invalid");
  if (kiosk.revokedAt) return refuse("token_revoked");
  return { ok: true, kiosk: { id: kiosk.id, siteCode: kiosk.siteCode, label: kiosk.label } };
}

export type RevokeResult = { ok: true; wasRevoked: boolean } | { ok: false; error: "not_found"; message: string };

/**
 * Stops a kiosk for good: its token and any unused enrollment code are refused from now on. A
 * replacement terminal gets a new kiosk (new id, new code). Revoking twice is harmless.
 */
export async function revokeKiosk(db: Db, id: string, actor = "county-office", now = new Date()): Promise<RevokeResult> {
  return db.$transaction(async (tx) => {
    const kiosk = await tx.kiosk.findUnique({ where: { id }, select: { revokedAt: true } });
    if (!kiosk) return { ok: false as const, error: "not_found" as const, message: `没有编号为 ${id} 的终端。` };
    if (kiosk.revokedAt) return { ok: true as const, wasRevoked: true };
    await tx.kiosk.update({ where: { id }, data: { revokedAt: now } });
    await tx.auditLog.create({ data: { actor, action: "kiosk.revoke", entityType: "kiosk", entityId: id } });
    return { ok: true as const, wasRevoked: false };
  });
}

/**
 * Stores the latest heartbeat on the kiosk row (only the latest: the overview needs "now", and a
 * row per beat from hundreds of kiosks would grow without bound). False if the kiosk was revoked
 * between authentication and this write.
 */
export async function recordHeartbeat(db: Db, kioskId: string, beat: Heartbeat, now = new Date()): Promise<boolean> {
  const { count } = await db.kiosk.updateMany({
    where: { id: kioskId, revokedAt: null },
    data: {
      lastHeartbeatAt: now,
      appVersion: beat.appVersion,
      contentRevision: beat.contentRevision,
      outboxDepth: beat.outboxDepth,
      outboxOldestAt: beat.outboxOldestAt ? new Date(beat.outboxOldestAt) : null,
      lastError: beat.lastError,
    },
  });
  return count === 1;
}
