"use client";

import Link from "next/link";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { loadCorpus, loadLocalSearchCorpus, type SearchCorpus as Corpus } from "@/app/_client/local-search";
import { useKioskSyncState } from "@/app/_client/use-kiosk-sync-state";
import type { SearchFilters } from "@/app/_shared/search/types";
import { matchesFilters, SearchFacets, type FacetKey } from "./search-facets";
import { SearchResultCard } from "./search-result-card";

const RESULT_LIMIT = 200;
const SHOWN = 30;

// On /search, start reading the local index while React hydrates rather than after it: on an
// offline cold start that overlap shortens the wait for the first result (tests/bench/kiosk-bench.ts).
if (typeof window !== "undefined" && window.location.pathname === "/search") {
  loadLocalSearchCorpus().catch((err: unknown) => console.error("local search index unreadable", err));
}

function useCorpus(revision: number) {
  // A finished sync changes the local revision: reload so results follow the new content.
  const localRevision = useKioskSyncState().revision;
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    loadCorpus(revision)
      .then((loaded) => {
        if (cancelled) return;
        setCorpus(loaded);
        setFailed(false);
      })
      .catch((err: unknown) => {
        console.error("search documents failed to load", err);
        // Keep an index already shown; only a screen with nothing to search says it failed.
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [revision, localRevision]);
  return { corpus, failed: failed && !corpus };
}

export function SearchScreen({ revision, initialQuery }: { revision: number; initialQuery: string }) {
  const { corpus, failed } = useCorpus(revision);
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<SearchFilters>({});
  const deferred = useDeferredValue(query.trim());

  // Keep the address in step so Back returns to the same search. The native History API does not
  // navigate (Next keeps it in sync), so a late update can never pull the kiosk back from another page.
  useEffect(() => {
    const t = setTimeout(() => {
      if (window.location.pathname !== "/search") return;
      window.history.replaceState(window.history.state, "", deferred ? `/search?q=${encodeURIComponent(deferred)}` : "/search");
    }, 400);
    return () => clearTimeout(t);
  }, [deferred]);

  const hits = useMemo(() => (corpus && deferred ? corpus.index.search(deferred, undefined, RESULT_LIMIT) : []), [corpus, deferred]);
  const hitDocs = useMemo(() => hits.flatMap((h) => corpus?.docs.get(h.id) ?? []), [hits, corpus]);
  const shown = hitDocs.filter((d) => matchesFilters(d, filters));
  const terms = useMemo(() => [...new Set(hits.flatMap((h) => h.matchedTerms))], [hits]);

  const toggle = (key: FacetKey, value: string) =>
    setFilters((f) => {
      const current = (f[key] as string[] | undefined) ?? [];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { ...f, [key]: next };
    });

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">搜索政务公开信息</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()} className="flex gap-3">
        <label htmlFor="search-input" className="sr-only">
          搜索内容
        </label>
        <input
          id="search-input"
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setFilters({});
          }}
          placeholder="输入关键词或拼音首字母，如：低保、dbsq"
          autoComplete="off"
          maxLength={100}
          className="min-h-[72px] flex-1 rounded-2xl border-2 border-brand-700 bg-white px-5 text-2xl"
        />
        {query && (
          <button type="button" onClick={() => setQuery("")} className="min-h-[72px] min-w-[96px] rounded-2xl bg-slate-200 px-5 text-xl font-medium">
            清空
          </button>
        )}
      </form>

      {failed && <p role="alert" className="rounded-xl bg-red-50 p-4 text-xl text-accent-700">搜索数据加载失败，请稍后再试或联系现场工作人员。</p>}
      {!corpus && !failed && <p className="text-xl text-muted">正在准备搜索，请稍候…</p>}
      {corpus && !deferred && <p className="text-xl text-muted">可以输入事项名称、政策名称或拼音首字母，例如“低保”“户口迁移”“dbsq”。</p>}

      {corpus && deferred && (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_420px]">
          <section aria-labelledby="results-heading" className="space-y-4">
            <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
              {shown.length ? `找到 ${shown.length} 条结果` : "没有找到相关结果"}
            </h2>
            {shown.length === 0 ? (
              <NoResults query={deferred} />
            ) : (
              <ol className="space-y-4">
                {shown.slice(0, SHOWN).map((d) => (
                  <SearchResultCard key={d.id} doc={d} terms={terms} />
                ))}
              </ol>
            )}
            {shown.length > SHOWN && <p className="text-lg text-muted">仅显示前 {SHOWN} 条，请增加关键词或使用右侧筛选缩小范围。</p>}
          </section>
          <SearchFacets docs={hitDocs} filters={filters} onToggle={toggle} onClear={() => setFilters({})} />
        </div>
      )}
    </div>
  );
}

function NoResults({ query }: { query: string }) {
  return (
    <div className="rounded-2xl bg-white p-6 shadow-sm">
      <p className="text-xl">没有找到与“{query}”相关的已公开信息。</p>
      <p className="mt-2 text-lg text-muted">可以换个说法再试，或者向政府机关申请公开您需要的信息。</p>
      <Link
        href={`/apply?q=${encodeURIComponent(query)}`}
        className="mt-4 inline-flex min-h-[60px] items-center rounded-xl bg-accent-700 px-6 text-xl font-bold text-white"
      >
        申请公开
      </Link>
    </div>
  );
}
