import Link from "next/link";
import { LEVELS, type Level } from "@/app/_shared/catalog/schema";

/** Reads `?level=`: 县级/乡级 (or county/township); anything else means 全部. */
export function parseLevel(value: string | string[] | undefined): Level | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === "县级" || v === "county") return "县级";
  if (v === "乡级" || v === "township") return "乡级";
  return null;
}

interface LevelFilterProps {
  slug: string;
  current: Level | null;
  counts: Record<Level | "全部", number>;
}

/** 全部 / 县级 / 乡级 as big link-buttons; the active one is filled and marked aria-current. */
export function LevelFilter({ slug, current, counts }: LevelFilterProps) {
  const options: { label: Level | "全部"; href: string; active: boolean }[] = [
    { label: "全部", href: `/domains/${slug}`, active: current === null },
    ...LEVELS.map((level) => ({
      label: level,
      href: `/domains/${slug}?level=${encodeURIComponent(level)}`,
      active: current === level,
    })),
  ];
  return (
    <nav aria-label="按公开层级筛选" className="mb-8 flex flex-wrap items-center gap-3">
      <span className="text-xl font-semibold text-ink">公开层级：</span>
      {options.map((o) => (
        <Link
          key={o.label}
          href={o.href}
          aria-current={o.active ? "page" : undefined}
          className={`inline-flex min-h-[64px] min-w-[120px] items-center justify-center gap-2 rounded-xl border-2 px-6 text-2xl font-bold transition-colors ${
            o.active
              ? "border-brand-700 bg-brand-700 text-white"
              : "border-brand-700 bg-white text-brand-700 hover:bg-brand-50"
          }`}
        >
          {o.active && (
            <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={3}>
              <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          )}
          {o.label}
          <span aria-hidden className="text-xl font-medium">（{counts[o.label]}）</span>
        </Link>
      ))}
    </nav>
  );
}
