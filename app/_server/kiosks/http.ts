import "server-only";
import type { z } from "zod";
import { KIOSK_ERROR_MESSAGES, type KioskErrorCode } from "@/app/_shared/sync/kiosk";
import { ZH } from "@/app/_shared/sync/zh-errors";

/** Identity answers are per device and carry secrets: never cached by the browser or a proxy. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

/** Request bodies are small JSON objects; anything bigger is refused before parsing. */
const MAX_BODY_BYTES = 16 * 1024;

export type BodyResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * Reads and validates a JSON body. Malformed JSON, a wrong shape or an oversized body are expected
 * input faults: the caller answers 400 with them, never 500.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<BodyResult<z.output<S>>> {
  const text = await request.text().catch(() => null);
  if (text === null || Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) return { ok: false, fieldErrors: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // Malformed JSON is the client's fault and is reported as such (400), not rethrown.
    return { ok: false, fieldErrors: {} };
  }
  const parsed = schema.safeParse(raw, ZH);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, fieldErrors };
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}

/** `{ error, message }` with the code's Chinese message (plus field errors for a bad body). */
export function kioskError(status: number, error: KioskErrorCode, extra?: { fieldErrors?: Record<string, string[]> }): Response {
  const headers: Record<string, string> = { ...NO_STORE };
  if (status === 401) headers["WWW-Authenticate"] = `Bearer error="invalid_token"`;
  return Response.json({ error, message: KIOSK_ERROR_MESSAGES[error], ...extra }, { status, headers });
}
