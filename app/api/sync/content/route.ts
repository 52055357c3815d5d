import { CONTENT_CACHE_CONTROL, etagMatches, syncError } from "@/app/_server/sync/http";
import { latestContentRevision, loadSyncContent } from "@/app/_server/sync/load-content";
import { contentEtag, sinceParamSchema } from "@/app/_shared/sync/contract";
import { getDb } from "@/prisma/db";

export const dynamic = "force-dynamic";

const sinceAhead = (since: number, revision: number) =>
  syncError("since_ahead", `内容版本号 since=${since} 大于服务器当前版本 ${revision}（服务器数据可能已重置），请以 since=0 重新完整同步。`, { revision });

/** `GET /api/sync/content?since=N` → the contract v1 delta (app/_shared/sync/contract.ts). */
export async function GET(request: Request) {
  const parsed = sinceParamSchema.safeParse(new URL(request.url).searchParams.get("since") ?? "0");
  if (!parsed.success) return syncError("since_invalid", parsed.error.issues[0]?.message ?? "参数 since 不正确。");
  const since = parsed.data;
  const db = getDb();
  try {
    // The revision alone decides the ETag, so an unchanged store answers 304 without reading content.
    const current = await latestContentRevision(db);
    if (since > current) return sinceAhead(since, current);
    const cache = { "Cache-Control": CONTENT_CACHE_CONTROL };
    if (etagMatches(request.headers.get("if-none-match"), contentEtag(current, since))) {
      return new Response(null, { status: 304, headers: { ETag: contentEtag(current, since), ...cache } });
    }
    const result = await loadSyncContent(db, since);
    if (!result.ok) return sinceAhead(since, result.revision);
    return Response.json(result.content, { headers: { ETag: contentEtag(result.content.revision, since), ...cache } });
  } catch (err) {
    console.error("sync/content: cannot read content", err instanceof Error ? err.message : err);
    return syncError("unavailable", "服务器暂时无法读取内容，请稍后自动重试。");
  }
}
