import Link from "next/link";
import type { GuideBrowse } from "@/app/_server/guides/list";

const TABS: { by: GuideBrowse; label: string }[] = [
  { by: "event", label: "按生活事项" },
  { by: "domain", label: "按领域" },
  { by: "department", label: "按部门" },
];

/** Reads `?by=`: event (the default), domain or department. */
export function parseBrowse(value: string | string[] | undefined): GuideBrowse {
  const v = Array.isArray(value) ? value[0] : value;
  return v === "domain" || v === "department" ? v : "event";
}

/** The three ways to browse as big link-buttons; the current one is filled, ticked and aria-current. */
export function GuideBrowseTabs({ current }: { current: GuideBrowse }) {
  return (
    <nav aria-label="浏览方式" className="mb-8 flex flex-wrap gap-3">
      {TABS.map((tab) => {
        const active = tab.by === current;
        return (
          <Link
            key={tab.by}
            href={`/guides?by=${tab.by}`}
            aria-current={active ? "page" : undefined}
            className={`inline-flex min-h-[72px] min-w-[180px] items-center justify-center gap-2 rounded-xl border-2 px-8 text-2xl font-bold transition-colors ${
              active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-700 hover:bg-brand-50"
            }`}
          >
            {active && (
              <svg aria-hidden viewBox="0 0 24 24" className="h-7 w-7" fill="none" stroke="currentColor" strokeWidth={3}>
                <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            )}
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
