import { bearerToken, kioskError, NO_STORE, readJsonBody } from "@/app/_server/kiosks/http";
import { authenticateKiosk, recordHeartbeat } from "@/app/_server/kiosks/identity";
import { heartbeatSchema } from "@/app/_shared/sync/kiosk";
import { getDb } from "@/prisma/db";

export const dynamic = "force-dynamic";

/** `POST /api/kiosk/heartbeat` with `Authorization: Bearer <token>` → 204; 401 for a bad token. */
export async function POST(request: Request) {
  const db = getDb();
  // Identity before the body: a stopped kiosk learns it is stopped even if it sends garbage.
  const auth = await authenticateKiosk(db, bearerToken(request.headers.get("authorization")));
  if (!auth.ok) return kioskError(401, auth.error);
  const body = await readJsonBody(request, heartbeatSchema);
  if (!body.ok) return kioskError(400, "bad_request", { fieldErrors: body.fieldErrors });
  if (!(await recordHeartbeat(db, auth.kiosk.id, body.data))) return kioskError(401, "token_revoked");
  return new Response(null, { status: 204, headers: NO_STORE });
}
