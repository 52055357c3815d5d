import "server-only";
import type { SyncContentErrorCode } from "@/app/_shared/sync/contract";

/**
 * Content is public and the same for every kiosk, so shared caches may keep it; max-age=0 with
 * must-revalidate makes every use a conditional request (If-None-Match → 304), so a publish is
 * seen on the next sync and a proxy or CDN can still answer from its copy.
 */
export const CONTENT_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * Whether an If-None-Match header names `etag`. Weak forms count (W/"…"): a proxy that gzips a
 * response may weaken its ETag, and comparison for 304 is weak by RFC 9110 anyway.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export function syncError(error: SyncContentErrorCode | "unavailable", message: string, extra: { revision?: number } = {}): Response {
  const status = error === "unavailable" ? 503 : 400;
  return Response.json({ error, message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}
