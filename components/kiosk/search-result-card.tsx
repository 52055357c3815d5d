import Link from "next/link";
import { highlight } from "@/app/_shared/search";
import type { SearchDoc } from "@/app/_shared/search/types";
import { TYPE_LABELS } from "./search-facets";

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** A window of the body around the first matched term, so the match is visible in two lines. */
function snippet(body: string, terms: string[]): string {
  const flat = body.replace(/\s+/g, " ");
  const at = terms.map((t) => flat.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 20);
  return (start > 0 ? "…" : "") + flat.slice(start, start + 90) + (flat.length > start + 90 ? "…" : "");
}

export function SearchResultCard({ doc, terms }: { doc: SearchDoc; terms: string[] }) {
  return (
    <li>
      <Link href={doc.href} className="block min-h-[60px] rounded-2xl border-2 border-transparent bg-white p-5 shadow-sm hover:border-brand-600">
        <article>
          <h3 className="text-2xl font-bold leading-snug text-brand-800">
            <Highlighted text={doc.title} terms={terms} />
          </h3>
          <p className="mt-2 text-lg text-ink">
            <Highlighted text={snippet(doc.body, terms)} terms={terms} />
          </p>
          <p className="mt-3 flex flex-wrap gap-2 text-base">
            <span className="rounded bg-brand-700 px-2 py-0.5 font-medium text-white">{TYPE_LABELS[doc.type]}</span>
            <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">领域：{doc.domain}</span>
            <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">单位：{doc.department}</span>
            <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">层级：{doc.levels.join("、")}</span>
            {doc.date && <span className="rounded bg-slate-100 px-2 py-0.5 text-ink">发布：{doc.date}</span>}
          </p>
        </article>
      </Link>
    </li>
  );
}
