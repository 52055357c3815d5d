import { currentContentRevision } from "@/app/_server/catalog/revision";
import { listSearchDocuments } from "@/app/_server/catalog/search-documents";

export const dynamic = "force-dynamic";

/**
 * The documents the kiosk indexes in the browser. Keyed by content revision: the kiosk asks with
 * `?rev=N` and may cache the answer for good; a newer publish changes N.
 */
export async function GET(request: Request) {
  const revision = await currentContentRevision();
  const etag = `"docs-${revision}"`;
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  const asked = new URL(request.url).searchParams.get("rev");
  const docs = await listSearchDocuments();
  return Response.json(
    { revision, docs },
    {
      headers: {
        ETag: etag,
        "Cache-Control": asked === String(revision) ? "public, max-age=31536000, immutable" : "no-cache",
      },
    },
  );
}
