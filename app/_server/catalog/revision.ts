import "server-only";
import { getDb } from "@/prisma/db";

/** The global content revision: the id of the latest publish. 0 for an empty store. */
export async function currentContentRevision(): Promise<number> {
  const latest = await getDb().contentRevision.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}
