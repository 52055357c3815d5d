import { currentContentRevision } from "@/app/_server/catalog/revision";
import { currentDatabaseKind } from "@/prisma/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = currentDatabaseKind();
  try {
    const contentRevision = await currentContentRevision();
    return Response.json({ status: "ok", database, contentRevision }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    console.error("health: database unreachable", err instanceof Error ? err.message : err);
    return Response.json({ status: "error", database, contentRevision: null }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
