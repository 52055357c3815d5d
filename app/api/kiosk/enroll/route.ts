import { enrollKiosk } from "@/app/_server/kiosks/enroll";
import { kioskError, NO_STORE, readJsonBody } from "@/app/_server/kiosks/http";
import { enrollRequestSchema } from "@/app/_shared/sync/kiosk";
import { getDb } from "@/prisma/db";

export const dynamic = "force-dynamic";

/**
 * `POST /api/kiosk/enroll` `{ code }` → 200 `{ token, kiosk }`. A mistyped or unknown code is 400
 * (retype it); a used, expired or revoked code is 403 (only the county office can help).
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, enrollRequestSchema);
  if (!body.ok) return kioskError(400, "bad_request", { fieldErrors: body.fieldErrors });
  const result = await enrollKiosk(getDb(), body.data.code);
  if (!result.ok) return kioskError(result.error === "code_invalid" ? 400 : 403, result.error);
  return Response.json({ token: result.token, kiosk: result.kiosk }, { headers: NO_STORE });
}
